package org.daftar.model.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.model.expression.Fixtures.eval;
import static org.daftar.model.expression.Fixtures.evalError;
import static org.daftar.model.expression.Fixtures.invoiceWith;
import static org.daftar.model.expression.Fixtures.parse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperatorEvaluationTest {

    @Test
    void integerArithmeticGivesLongs() {
        assertThat(eval("quantity + 2")).isEqualTo(5L);
        assertThat(eval("quantity - 5")).isEqualTo(-2L);
        assertThat(eval("quantity * 4")).isEqualTo(12L);
        assertThat(eval("7 % 3")).isEqualTo(1L);
        assertThat(eval("-quantity")).isEqualTo(-3L);
    }

    @Test
    void aDecimalOperandGivesADecimal() {
        assertThat(eval("quantity * unit_price")).isEqualTo(new BigDecimal("7.50"));
        assertThat(eval("unit_price + 1")).isEqualTo(new BigDecimal("3.50"));
        assertThat(eval("7.5 % 2")).isEqualTo(new BigDecimal("1.5"));
        assertThat(eval("-unit_price")).isEqualTo(new BigDecimal("-2.50"));
    }

    @Test
    void divisionAlwaysGivesADecimal() {
        assertThat(eval("10 / 4")).isEqualTo(new BigDecimal("2.5"));
        assertThat(eval("6 / 2")).isInstanceOf(BigDecimal.class).hasToString("3");
        assertThat(eval("100 / 1")).hasToString("100");
        assertThat(eval("unit_price / 2")).isEqualTo(new BigDecimal("1.25"));
    }

    @Test
    void divisionKeepsTenDecimalsRoundedHalfUp() {
        assertThat(eval("1 / 3")).isEqualTo(new BigDecimal("0.3333333333"));
        assertThat(eval("2 / 3")).isEqualTo(new BigDecimal("0.6666666667"));
        assertThat(eval("-2 / 3")).isEqualTo(new BigDecimal("-0.6666666667"));
    }

    @Test
    void dividingByZeroGivesNull() {
        assertThat(eval("quantity / 0")).isNull();
        assertThat(eval("quantity % 0")).isNull();
        assertThat(eval("unit_price % 0.0")).isNull();
    }

    @Test
    void integerOverflowIsReportedNotWrapped() {
        assertThat(evalError("9223372036854775807 + quantity"))
                .hasMessage("The result of '9223372036854775807 + quantity' is too large for an integer: "
                        + "use a decimal, e.g. 1.0 * x")
                .returns(20, ExpressionException::offset);
        assertThat(eval("9223372036854775807.0 + quantity")).isEqualTo(new BigDecimal("9223372036854775810.0"));
    }

    @Test
    void arithmeticWithNullGivesNull() {
        Map<String, Object> noQuantity = invoiceWith("quantity", null);
        assertThat(eval("quantity + 1", noQuantity)).isNull();
        assertThat(eval("quantity * unit_price", noQuantity)).isNull();
        assertThat(eval("unit_price / quantity", noQuantity)).isNull();
        assertThat(eval("-quantity", noQuantity)).isNull();
    }

    @Test
    void ampersandJoinsTextsWithNullAsEmpty() {
        assertThat(eval("first_name & ' ' & last_name")).isEqualTo("Sara Haddad");
        assertThat(eval("'[' & note & ']'")).isEqualTo("[]");
        assertThat(eval("null & null")).isEqualTo("");
    }

    @Test
    void numbersCompareByValue() {
        assertThat(eval("quantity = 3.0")).isEqualTo(true);
        assertThat(eval("unit_price = 2.5")).isEqualTo(true);
        assertThat(eval("quantity != 3")).isEqualTo(false);
        assertThat(eval("unit_price < quantity")).isEqualTo(true);
        assertThat(eval("quantity <= 3")).isEqualTo(true);
        assertThat(eval("quantity > 3")).isEqualTo(false);
        assertThat(eval("quantity >= 3.01")).isEqualTo(false);
    }

    @Test
    void textsDatesAndBooleansCompareAsTheirType() {
        assertThat(eval("status = 'open'")).isEqualTo(true);
        assertThat(eval("status = 'Open'")).isEqualTo(false);
        assertThat(eval("status < 'p'")).isEqualTo(true);
        assertThat(eval("issued < due_date")).isEqualTo(true);
        assertThat(eval("due_date = date('2026-03-02')")).isEqualTo(true);
        assertThat(eval("paid = false")).isEqualTo(true);
    }

    @Test
    void referencesAndUsersCompareByIdentityOfTheirRecords() {
        assertThat(eval("owner = user")).isEqualTo(true);
        assertThat(eval("customer.account_manager = user")).isEqualTo(true);
        assertThat(eval("owner = user", invoiceWith("owner", Fixtures.BOB))).isEqualTo(false);
    }

    @Test
    void comparisonWithNullIsFalseEvenForNotEqual() {
        Map<String, Object> empty = invoiceWith("status", null, "quantity", null);
        assertThat(eval("status = 'open'", empty)).isEqualTo(false);
        assertThat(eval("status != 'open'", empty)).isEqualTo(false);
        assertThat(eval("quantity > 0", empty)).isEqualTo(false);
        assertThat(eval("quantity <= 0", empty)).isEqualTo(false);
    }

    @Test
    void inIsTrueWhenAnyValueIsEqual() {
        assertThat(eval("status in ('open', 'late')")).isEqualTo(true);
        assertThat(eval("status in ('closed')")).isEqualTo(false);
        assertThat(eval("status not in ('closed', null)")).isEqualTo(true);
        assertThat(eval("status not in ('open')")).isEqualTo(false);
        assertThat(eval("quantity in (1, 3.0)")).isEqualTo(true);
    }

    @Test
    void inAndNotInAreBothFalseForAMissingValue() {
        Map<String, Object> noStatus = invoiceWith("status", null);
        assertThat(eval("status in ('open')", noStatus)).isEqualTo(false);
        assertThat(eval("status not in ('open')", noStatus)).isEqualTo(false);
    }

    @Test
    void emptyMeansNullEmptyTextNoLinesOrNoChoices() {
        assertThat(eval("note is empty")).isEqualTo(true);
        assertThat(eval("note is empty", invoiceWith("note", ""))).isEqualTo(true);
        assertThat(eval("note is empty", invoiceWith("note", " "))).isEqualTo(false);
        assertThat(eval("lines is empty")).isEqualTo(false);
        assertThat(eval("lines is empty", invoiceWith("lines", List.of()))).isEqualTo(true);
        assertThat(eval("tags is not empty")).isEqualTo(true);
        assertThat(eval("tags is not empty", invoiceWith("tags", Set.of()))).isEqualTo(false);
        assertThat(eval("quantity is not empty")).isEqualTo(true);
    }

    @Test
    void andOrAndNotTreatNullAsFalse() {
        Map<String, Object> unknown = invoiceWith("paid", null);
        assertThat(eval("paid or false", unknown)).isEqualTo(false);
        assertThat(eval("paid or true", unknown)).isEqualTo(true);
        assertThat(eval("true and paid", unknown)).isEqualTo(false);
        assertThat(eval("not paid", unknown)).isEqualTo(true);
        assertThat(eval("not null")).isEqualTo(true);
    }

    @Test
    void logicFollowsTheUsualTables() {
        assertThat(eval("true and true")).isEqualTo(true);
        assertThat(eval("true and false")).isEqualTo(false);
        assertThat(eval("false or true")).isEqualTo(true);
        assertThat(eval("false or false")).isEqualTo(false);
        assertThat(eval("not true")).isEqualTo(false);
    }

    @Test
    void andOrIfAndCoalesceDoNotEvaluateWhatTheyDoNotNeed() {
        ValueScope scope = new ValueScope() {
            @Override
            public Object root(String name) {
                if (name.equals("boom")) {
                    throw new AssertionError("'boom' should not have been read");
                }
                return true;
            }

            @Override
            public Object member(Object owner, String name) {
                throw new AssertionError();
            }
        };
        assertThat(Evaluator.evaluate(parse("not ok and boom"), scope)).isEqualTo(false);
        assertThat(Evaluator.evaluate(parse("ok or boom"), scope)).isEqualTo(true);
        assertThat(Evaluator.evaluate(parse("if(ok, 1, boom)"), scope)).isEqualTo(1L);
        assertThat(Evaluator.evaluate(parse("coalesce(ok, boom)"), scope)).isEqualTo(true);
    }

    @Test
    void pathsReadAlongReferencesAndGiveNullThroughAnEmptyOne() {
        assertThat(eval("customer.name")).isEqualTo("Acme");
        assertThat(eval("customer.account_manager.department")).isEqualTo("sales");
        assertThat(eval("customer.name", invoiceWith("customer", null))).isNull();
        assertThat(eval("customer.name is empty", invoiceWith("customer", null))).isEqualTo(true);
    }

    @Test
    void aFieldOfLinesIsReadFromEveryRow() {
        assertThat(eval("lines.amount")).isEqualTo(List.of(new BigDecimal("10.00"), new BigDecimal("14.50")));
        assertThat(eval("lines.product.name")).isEqualTo(List.of("Pen", "Ink"));
    }

    @Test
    void javaIntegersAndDoublesFromTheScopeBecomeLongsAndDecimals() {
        assertThat(eval("quantity + 1", invoiceWith("quantity", 3))).isEqualTo(4L);
        assertThat(eval("unit_price * 2", invoiceWith("unit_price", 1.25))).isEqualTo(new BigDecimal("2.50"));
    }

    @Test
    void namesInAnyScriptAreRead() {
        assertThat(eval("الكمية * 2", Map.of("الكمية", 4L))).isEqualTo(8L);
    }

    @Test
    void valuesOfTheWrongTypeAtRunTimeAreReported() {
        assertThat(evalError("number + 1"))
                .hasMessage("Expected a number for 'number', but the value is 'INV-0001'")
                .returns(0, ExpressionException::offset);
        assertThat(evalError("paid or status"))
                .hasMessage("Expected a condition (true or false) for 'status', but the value is 'open'")
                .returns(8, ExpressionException::offset);
        assertThat(evalError("issued < 3"))
                .hasMessage("Cannot compare 2026-01-31 (LocalDate) with 3 (Long)")
                .returns(7, ExpressionException::offset);
    }
}
