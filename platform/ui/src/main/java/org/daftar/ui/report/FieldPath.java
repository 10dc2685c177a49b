package org.daftar.ui.report;

import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;

/**
 * A field a report can use, reached from its source along references or lines:
 * {@code customer.region}, shown as {@code Customer › Region}.
 *
 * @param field the field at the end of the path
 */
public record FieldPath(String path, String label, FieldDef field) {

    /** True for dates and date-times, which group into buckets. */
    public boolean isDate() {
        return field.is(FieldType.DATE) || field.is(FieldType.DATE_TIME);
    }

    /** True for numbers, which sum and average. */
    public boolean isNumber() {
        return field.is(FieldType.INTEGER) || field.is(FieldType.DECIMAL) || field.is(FieldType.MONEY)
                || field.is(FieldType.PERCENT) || field.is(FieldType.COMPUTED) && isNumericComputed();
    }

    private boolean isNumericComputed() {
        String type = field.settings() == null ? null : field.settings().resultType();
        return type == null || type.equals("decimal") || type.equals("money") || type.equals("integer");
    }
}
