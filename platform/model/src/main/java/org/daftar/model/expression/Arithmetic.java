package org.daftar.model.expression;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Arithmetic on {@link Long} and {@link BigDecimal}: integers stay integers (and fail rather than
 * overflow), a decimal makes the result decimal, division always gives a decimal of at most ten
 * decimals, and null or a zero divisor gives null.
 */
final class Arithmetic {

    static final int DIVISION_SCALE = 10;

    private Arithmetic() {}

    static Object apply(BinaryOperator operator, Object left, Object right, Binary at) {
        if (left == null || right == null) {
            return null;
        }
        if (operator == BinaryOperator.DIVIDE) {
            return divide(Values.decimal(left, at.left()), Values.decimal(right, at.right()));
        }
        if (left instanceof Long a && right instanceof Long b) {
            return integers(operator, a, b, at);
        }
        return decimals(operator, Values.decimal(left, at.left()), Values.decimal(right, at.right()));
    }

    static Object negate(Object value, Negate at) {
        return switch (value) {
            case null -> null;
            case Long l -> exact(() -> Math.negateExact(l), at);
            default -> Values.decimal(value, at.operand()).negate();
        };
    }

    /** {@code a / b} to ten decimals, rounded half up, without trailing zeros: 10 / 4 = 2.5, 6 / 2 = 3. */
    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            return null;
        }
        return tidy(a.divide(b, DIVISION_SCALE, RoundingMode.HALF_UP));
    }

    /** Drops trailing zeros, but never writes a whole number as 1E+2. */
    static BigDecimal tidy(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Object integers(BinaryOperator operator, long a, long b, Binary at) {
        return switch (operator) {
            case ADD -> exact(() -> Math.addExact(a, b), at);
            case SUBTRACT -> exact(() -> Math.subtractExact(a, b), at);
            case MULTIPLY -> exact(() -> Math.multiplyExact(a, b), at);
            case REMAINDER -> b == 0 ? null : a % b;
            default -> throw new IllegalArgumentException("Not arithmetic: " + operator);
        };
    }

    private static BigDecimal decimals(BinaryOperator operator, BigDecimal a, BigDecimal b) {
        return switch (operator) {
            case ADD -> a.add(b);
            case SUBTRACT -> a.subtract(b);
            case MULTIPLY -> a.multiply(b);
            case REMAINDER -> b.signum() == 0 ? null : a.remainder(b);
            default -> throw new IllegalArgumentException("Not arithmetic: " + operator);
        };
    }

    /** Runs integer arithmetic, turning an overflow into a message. */
    static Long exact(java.util.function.LongSupplier operation, Expression at) {
        try {
            return operation.getAsLong();
        } catch (ArithmeticException e) {
            throw new ExpressionException("The result of '" + at + "' is too large for an integer: "
                    + "use a decimal, e.g. 1.0 * x", at.offset());
        }
    }
}
