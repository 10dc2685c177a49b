package org.daftar.data.migration.live;

import java.util.List;

/**
 * A field as recorded in {@code daftar_schema_field}.
 *
 * @param columnName the column: the field's name, or its archived name
 * @param fieldType the definitions' type when it was recorded: {@code text}, {@code choice}, ...
 * @param sqlType the column's type as made
 * @param options a choice field's values, in order; empty for other fields
 * @param archived whether the field left the definitions (its column is kept, renamed aside)
 */
public record LiveField(
        String appId,
        String entityId,
        String fieldId,
        String columnName,
        String fieldType,
        String sqlType,
        boolean required,
        List<String> options,
        boolean archived) {

    public LiveField {
        options = List.copyOf(options);
    }

    /** {@code app.entity.field}. */
    public String qualifiedId() {
        return appId + "." + entityId + "." + fieldId;
    }
}
