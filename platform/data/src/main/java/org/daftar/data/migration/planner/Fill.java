package org.daftar.data.migration.planner;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.daftar.data.schema.ColumnSpec;
import org.daftar.data.schema.Sql;
import org.daftar.model.entity.FieldDef;

/** The SQL literal a new required field's existing rows get: its definition's default, when it has a literal one. */
final class Fill {

    private Fill() {}

    /** The literal, or {@code null} when the field has no literal default. */
    static String of(FieldDef field, ColumnSpec column) {
        Object value = field.defaultValue();
        if (value == null || value instanceof String text && text.startsWith("=")) {
            return null;
        }
        if (value instanceof Boolean || value instanceof BigDecimal) {
            return value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        }
        if (value instanceof List<?> values) {
            return "array[" + values.stream().map(v -> Sql.literal(String.valueOf(v))).collect(Collectors.joining(", ")) + "]::"
                    + column.sqlType();
        }
        return Sql.literal(value.toString());
    }
}
