package org.daftar.model.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.model.expression.Fixtures.parse;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsingTest {

    private static Literal lit(Object value) {
        return new Literal(value, 0);
    }

    private static Name name(String name) {
        return new Name(name, 0);
    }

    private static Member member(Expression owner, String name) {
        return new Member(owner, name, 0);
    }

    private static Binary binary(BinaryOperator operator, Expression left, Expression right) {
        return new Binary(operator, left, right, 0);
    }

    private static Call call(BuiltinFunction function, Expression... arguments) {
        return new Call(function, List.of(arguments), 0);
    }

    @Test
    void integersAreLongsAndDecimalsAreBigDecimals() {
        assertThat(parse("12")).isEqualTo(lit(12L));
        assertThat(parse("3.5")).isEqualTo(lit(new BigDecimal("3.5")));
        assertThat(((Literal) parse("3.50")).value()).isEqualTo(new BigDecimal("3.50"));
    }

    @Test
    void aMinusBeforeANumberMakesANegativeLiteral() {
        assertThat(parse("-5")).isEqualTo(lit(-5L));
        assertThat(parse("-0.25")).isEqualTo(lit(new BigDecimal("-0.25")));
        assertThat(parse("2 * -3")).isEqualTo(binary(BinaryOperator.MULTIPLY, lit(2L), lit(-3L)));
    }

    @Test
    void aMinusBeforeAnythingElseNegatesIt() {
        assertThat(parse("-quantity")).isEqualTo(new Negate(name("quantity"), 0));
        assertThat(parse("-(5)")).isEqualTo(new Negate(lit(5L), 0));
        assertThat(parse("--quantity")).isEqualTo(new Negate(new Negate(name("quantity"), 0), 0));
    }

    @Test
    void textsAreInSingleQuotesWithTwoQuotesForOne() {
        assertThat(parse("'text'")).isEqualTo(lit("text"));
        assertThat(parse("'it''s'")).isEqualTo(lit("it's"));
        assertThat(parse("''")).isEqualTo(lit(""));
        assertThat(parse("'سلام عليكم'")).isEqualTo(lit("سلام عليكم"));
    }

    @Test
    void trueFalseAndNullAreKeywordsInAnyCase() {
        assertThat(parse("true")).isEqualTo(lit(true));
        assertThat(parse("FALSE")).isEqualTo(lit(false));
        assertThat(parse("Null")).isEqualTo(lit(null));
    }

    @Test
    void dateLiteralsAreCallsOfDate() {
        assertThat(parse("date('2026-01-31')")).isEqualTo(call(BuiltinFunction.DATE, lit("2026-01-31")));
    }

    @Test
    void namesAreCaseSensitiveAndMayUseAnyScript() {
        assertThat(parse("Quantity")).isEqualTo(name("Quantity")).isNotEqualTo(name("quantity"));
        assertThat(parse("الكمية")).isEqualTo(name("الكمية"));
        assertThat(parse("unit_price2")).isEqualTo(name("unit_price2"));
        assertThat(parse("كمّية + 1").roots()).containsExactly("كمّية");
    }

    @Test
    void dotsMakePathsAlongReferencesAndLines() {
        assertThat(parse("customer.name")).isEqualTo(member(name("customer"), "name"));
        assertThat(parse("lines.product.price"))
                .isEqualTo(member(member(name("lines"), "product"), "price"));
    }

    @Test
    void everyArithmeticOperatorMakesABinaryNode() {
        assertThat(parse("a + b")).isEqualTo(binary(BinaryOperator.ADD, name("a"), name("b")));
        assertThat(parse("a - b")).isEqualTo(binary(BinaryOperator.SUBTRACT, name("a"), name("b")));
        assertThat(parse("a * b")).isEqualTo(binary(BinaryOperator.MULTIPLY, name("a"), name("b")));
        assertThat(parse("a / b")).isEqualTo(binary(BinaryOperator.DIVIDE, name("a"), name("b")));
        assertThat(parse("a % b")).isEqualTo(binary(BinaryOperator.REMAINDER, name("a"), name("b")));
        assertThat(parse("a & b")).isEqualTo(binary(BinaryOperator.JOIN, name("a"), name("b")));
    }

    @Test
    void everyComparisonOperatorMakesABinaryNode() {
        assertThat(parse("a = b")).isEqualTo(binary(BinaryOperator.EQUAL, name("a"), name("b")));
        assertThat(parse("a != b")).isEqualTo(binary(BinaryOperator.NOT_EQUAL, name("a"), name("b")));
        assertThat(parse("a < b")).isEqualTo(binary(BinaryOperator.LESS, name("a"), name("b")));
        assertThat(parse("a <= b")).isEqualTo(binary(BinaryOperator.LESS_OR_EQUAL, name("a"), name("b")));
        assertThat(parse("a > b")).isEqualTo(binary(BinaryOperator.GREATER, name("a"), name("b")));
        assertThat(parse("a >= b")).isEqualTo(binary(BinaryOperator.GREATER_OR_EQUAL, name("a"), name("b")));
    }

    @Test
    void logicalKeywordsAreCaseInsensitive() {
        assertThat(parse("a AND b Or NOT c")).isEqualTo(binary(BinaryOperator.OR,
                binary(BinaryOperator.AND, name("a"), name("b")), new Not(name("c"), 0)));
    }

    @Test
    void inTakesAListOfValues() {
        assertThat(parse("status in ('open', 'late')"))
                .isEqualTo(new InList(name("status"), List.of(lit("open"), lit("late")), false, 0));
        assertThat(parse("status NOT IN ('closed')"))
                .isEqualTo(new InList(name("status"), List.of(lit("closed")), true, 0));
    }

    @Test
    void isEmptyAndIsNotEmptyTestForMissingValues() {
        assertThat(parse("note is empty")).isEqualTo(new IsEmpty(name("note"), false, 0));
        assertThat(parse("note IS NOT EMPTY")).isEqualTo(new IsEmpty(name("note"), true, 0));
    }

    @Test
    void functionCallsTakeTheirArgumentsInOrderAndAnyCase() {
        assertThat(parse("round(total, 2)")).isEqualTo(call(BuiltinFunction.ROUND, name("total"), lit(2L)));
        assertThat(parse("TODAY()")).isEqualTo(call(BuiltinFunction.TODAY));
        assertThat(parse("if(paid, 'yes', 'no')"))
                .isEqualTo(call(BuiltinFunction.IF, name("paid"), lit("yes"), lit("no")));
        assertThat(parse("sum(lines.amount)"))
                .isEqualTo(call(BuiltinFunction.SUM, member(name("lines"), "amount")));
    }

    @Test
    void everyFunctionIsKnownByItsLowerCaseName() {
        for (BuiltinFunction function : BuiltinFunction.values()) {
            assertThat(BuiltinFunction.named(function.functionName())).contains(function);
        }
        assertThat(BuiltinFunction.named("Days_Between")).contains(BuiltinFunction.DAYS_BETWEEN);
    }

    @Test
    void parenthesesGroupWithoutLeavingANode() {
        assertThat(parse("((quantity))")).isEqualTo(name("quantity"));
    }

    @Test
    void whitespaceIsInsignificant() {
        assertThat(parse("  quantity*unit_price\n>=\t10 ")).isEqualTo(parse("quantity * unit_price >= 10"));
    }

    @Test
    void nodesRememberWhereTheyWereWritten() {
        Binary sum = (Binary) parse("price + tax");
        assertThat(sum.offset()).isEqualTo(6);
        assertThat(sum.left().offset()).isEqualTo(0);
        assertThat(sum.right().offset()).isEqualTo(8);
        Member name = (Member) parse("customer.name");
        assertThat(name.offset()).isEqualTo(9);
        assertThat(name.owner().offset()).isEqualTo(0);
        assertThat(parse("x or round(y, 2)")).extracting(e -> ((Binary) e).right().offset()).isEqualTo(5);
        assertThat(parse("status not in ('a')").offset()).isEqualTo(7);
        assertThat(parse("note is empty").offset()).isEqualTo(5);
    }

    @Test
    void equalityIgnoresWhereNodesWereWritten() {
        assertThat(parse("a+b")).isEqualTo(parse("a   +   b")).hasSameHashCodeAs(parse("a   +   b"));
        assertThat(parse("1.5")).isEqualTo(parse("1.50")).hasSameHashCodeAs(parse("1.50"));
        assertThat(parse("a + b")).isNotEqualTo(parse("a - b"));
    }
}
