package org.daftar.model.expression;

import java.time.Clock;
import java.util.List;

/**
 * Computes the value of an expression, reading fields from a {@link ValueScope}.
 *
 * <pre>{@code
 * Evaluator.evaluate(Expressions.parse("quantity * unit_price"), scope);   // BigDecimal 25.00
 * Evaluator.evaluate(Expressions.parse("add_days(today(), 30)"), scope, clock);
 * }</pre>
 *
 * <p>Results are {@link String}, {@link Long}, {@link java.math.BigDecimal}, {@link Boolean},
 * {@link java.time.LocalDate}, {@link java.time.LocalDateTime}, {@link java.time.LocalTime}, a
 * {@link List} (lines, or one value per line), a {@link java.util.Set} (multiple choice), the
 * scope's own objects for references and users, or {@code null}. Integers widen to decimals
 * without changing class: a decimal-typed expression may give a {@code Long}.
 *
 * <p>Missing values: arithmetic with null gives null; dividing by zero gives null; a comparison
 * with null is false ({@code is empty} is how to test for it); {@code and}, {@code or} and
 * {@code not} treat null as false; {@code &} treats null as the empty text.
 *
 * <p>Type-check an expression before evaluating it: an expression that does not type-check may
 * fail here with an {@link ExpressionException}.
 */
public final class Evaluator {

    private final ValueScope scope;
    private final Clock clock;

    private Evaluator(ValueScope scope, Clock clock) {
        this.scope = scope;
        this.clock = clock;
    }

    /** The value of {@code expression}; {@code today()} and {@code now()} read the system clock. */
    public static Object evaluate(Expression expression, ValueScope scope) {
        return evaluate(expression, scope, Clock.systemDefaultZone());
    }

    /** The value of {@code expression}; {@code today()} and {@code now()} read {@code clock}. */
    public static Object evaluate(Expression expression, ValueScope scope, Clock clock) {
        return new Evaluator(scope, clock).eval(expression);
    }

    Object eval(Expression expression) {
        return switch (expression) {
            case Literal literal -> literal.value();
            case Name name -> Values.normalize(scope.root(name.name()));
            case Member member -> member(member);
            case Negate negate -> Arithmetic.negate(eval(negate.operand()), negate);
            case Not not -> !Values.condition(eval(not.operand()), not.operand());
            case Binary binary -> binary(binary);
            case InList in -> in(in);
            case IsEmpty is -> Values.isEmpty(eval(is.operand())) != is.negated();
            case Call call -> new FunctionCalls(this).call(call);
        };
    }

    Clock clock() {
        return clock;
    }

    private Object member(Member member) {
        Object owner = eval(member.owner());
        if (owner == null) {
            return null;
        }
        if (owner instanceof List<?> rows) {
            return rows.stream().map(row -> row == null ? null : memberOf(row, member.name())).toList();
        }
        return memberOf(owner, member.name());
    }

    private Object memberOf(Object owner, String name) {
        return Values.normalize(scope.member(owner, name));
    }

    private Object binary(Binary binary) {
        BinaryOperator operator = binary.operator();
        if (operator == BinaryOperator.AND) {
            return Values.condition(eval(binary.left()), binary.left())
                    && Values.condition(eval(binary.right()), binary.right());
        }
        if (operator == BinaryOperator.OR) {
            return Values.condition(eval(binary.left()), binary.left())
                    || Values.condition(eval(binary.right()), binary.right());
        }
        Object left = eval(binary.left());
        Object right = eval(binary.right());
        if (operator == BinaryOperator.JOIN) {
            return Values.joinable(left, binary.left()) + Values.joinable(right, binary.right());
        }
        if (operator.isComparison()) {
            return Comparisons.test(operator, left, right, binary);
        }
        return Arithmetic.apply(operator, left, right, binary);
    }

    private boolean in(InList in) {
        Object value = eval(in.operand());
        if (value == null) {
            return false;
        }
        boolean found = false;
        for (Expression item : in.values()) {
            Object candidate = eval(item);
            if (candidate != null && Comparisons.equal(value, candidate)) {
                found = true;
                break;
            }
        }
        return found != in.negated();
    }
}
