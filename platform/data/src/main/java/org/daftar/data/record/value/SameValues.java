package org.daftar.data.record.value;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Whether two values of a field are the same value, the way a person sees it: {@code 35.5} and
 * {@code 35.50} are, and so are two moments at the same instant written with different offsets.
 * What decides whether a field changed, and so what the audit records.
 */
public final class SameValues {

    private SameValues() {}

    public static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof OffsetDateTime x && b instanceof OffsetDateTime y) {
            return x.isEqual(y);
        }
        return Objects.equals(a, b);
    }
}
