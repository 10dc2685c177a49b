package org.daftar.data.schema;

import java.util.List;

/**
 * A column of an entity table.
 *
 * @param fieldId the stable id of the field it stores ({@code null} for a system column): how a
 *     renamed field is recognised
 * @param name the column name (the field's name)
 * @param sqlType the PostgreSQL type, e.g. {@code varchar(20)}, {@code numeric(18,2)}; for system
 *     columns the whole definition after the name
 * @param notNull whether the column is {@code NOT NULL}
 * @param checks CHECK conditions on the column (choices, bounds), already quoted
 */
public record ColumnSpec(String fieldId, String name, String sqlType, boolean notNull, List<String> checks) {

    public ColumnSpec {
        checks = List.copyOf(checks);
    }

    static ColumnSpec system(String name, String definition) {
        return new ColumnSpec(null, name, definition, false, List.of());
    }

    public boolean isSystem() {
        return fieldId == null;
    }

    /** {@code "name" type [not null]}, as in CREATE TABLE (checks are separate constraints). */
    public String definition() {
        return Sql.quote(name) + " " + sqlType + (notNull ? " not null" : "");
    }
}
