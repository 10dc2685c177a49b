package org.daftar.model.expression;

import java.math.BigDecimal;

/** The smaller or larger of two values, as {@code min}, {@code max}, {@code min_of} and {@code max_of} need. */
final class Extremes {

    private Extremes() {}

    /**
     * The smaller ({@code direction} -1) or larger (1) of two values, ignoring a null one. When an
     * integer meets a decimal, the result is a decimal.
     */
    static Object pick(Object a, Object b, int direction, Expression at) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        Object picked = Integer.signum(Comparisons.compare(a, b, at)) == -direction ? b : a;
        boolean mixed = a instanceof BigDecimal || b instanceof BigDecimal;
        return mixed && picked instanceof Long l ? BigDecimal.valueOf(l) : picked;
    }
}
