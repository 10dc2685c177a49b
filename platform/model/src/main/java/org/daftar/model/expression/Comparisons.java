package org.daftar.model.expression;

import java.math.BigDecimal;

/** Equality and order of values: numbers by value (2 = 2.0), everything else by its own rules. */
final class Comparisons {

    private Comparisons() {}

    /** {@code left operator right}; false when either side is null. */
    static boolean test(BinaryOperator operator, Object left, Object right, Binary at) {
        if (left == null || right == null) {
            return false;
        }
        return switch (operator) {
            case EQUAL -> equal(left, right);
            case NOT_EQUAL -> !equal(left, right);
            case LESS -> compare(left, right, at) < 0;
            case LESS_OR_EQUAL -> compare(left, right, at) <= 0;
            case GREATER -> compare(left, right, at) > 0;
            case GREATER_OR_EQUAL -> compare(left, right, at) >= 0;
            default -> throw new IllegalArgumentException("Not a comparison: " + operator);
        };
    }

    static boolean equal(Object left, Object right) {
        if (isNumber(left) && isNumber(right)) {
            return number(left).compareTo(number(right)) == 0;
        }
        return left.equals(right);
    }

    /** The order of two non-null values of one type. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object left, Object right, Expression at) {
        if (isNumber(left) && isNumber(right)) {
            return number(left).compareTo(number(right));
        }
        if (left instanceof Comparable comparable && left.getClass() == right.getClass()) {
            return comparable.compareTo(right);
        }
        throw new ExpressionException("Cannot compare " + Values.describe(left) + " with "
                + Values.describe(right), at.offset());
    }

    private static boolean isNumber(Object value) {
        return value instanceof Long || value instanceof BigDecimal;
    }

    private static BigDecimal number(Object value) {
        return value instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) value;
    }
}
