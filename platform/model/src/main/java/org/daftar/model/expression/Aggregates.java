package org.daftar.model.expression;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * {@code sum}, {@code count}, {@code min_of} and {@code max_of} over lines. Missing values are
 * skipped; the sum of no lines is 0, their minimum and maximum are null.
 */
final class Aggregates {

    private Aggregates() {}

    static Object of(Call call, Object argument) {
        Expression at = call.argument(0);
        return switch (call.function()) {
            case COUNT -> count(argument, at);
            case SUM -> sum(values(argument, at), call);
            case MIN_OF -> extreme(values(argument, at), -1, call);
            case MAX_OF -> extreme(values(argument, at), 1, call);
            default -> throw new IllegalArgumentException("Not an aggregate: " + call.function());
        };
    }

    private static long count(Object lines, Expression at) {
        return switch (lines) {
            case null -> 0L;
            case Collection<?> rows -> rows.size();
            default -> throw Values.expected("lines", lines, at);
        };
    }

    private static List<?> values(Object column, Expression at) {
        return switch (column) {
            case null -> List.of();
            case List<?> values -> values;
            default -> throw Values.expected("one value per line", column, at);
        };
    }

    private static Object sum(List<?> values, Call call) {
        long integer = 0;
        BigDecimal decimal = null;
        for (Object value : values) {
            if (value instanceof Long l && decimal == null) {
                long before = integer;
                integer = Arithmetic.exact(() -> Math.addExact(before, l), call);
            } else if (value != null) {
                decimal = (decimal == null ? BigDecimal.valueOf(integer) : decimal)
                        .add(Values.decimal(value, call.argument(0)));
            }
        }
        return decimal != null ? decimal : (Object) integer;
    }

    private static Object extreme(List<?> values, int direction, Call call) {
        Object result = null;
        for (Object value : values) {
            result = Extremes.pick(result, value, direction, call);
        }
        return result;
    }
}
