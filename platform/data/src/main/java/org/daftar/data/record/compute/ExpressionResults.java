package org.daftar.data.record.compute;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import org.daftar.data.record.value.Column;
import org.daftar.data.record.value.InputValues;

/**
 * The value of an expression as the Java type of the field that stores it: a decimal-typed
 * expression may give a {@link Long}, a date-time a {@link LocalDateTime}, a multiple choice a set,
 * a reference a {@link RecordRef}.
 */
final class ExpressionResults {

    private ExpressionResults() {}

    static Object toStored(Column column, Object result, ZoneId zone) {
        Object value = switch (result) {
            case null -> null;
            case RecordRef ref -> ref.id();
            case LocalDateTime local -> local.atZone(zone).toOffsetDateTime();
            case Collection<?> items -> new ArrayList<>(items);
            case Long l when column.kind() == org.daftar.data.record.value.FieldKind.DECIMAL -> BigDecimal.valueOf(l);
            default -> InputValues.normalize(column, result, zone);
        };
        return InputValues.scaled(column, value);
    }
}
