package org.daftar.query.schema;

import org.daftar.data.schema.ColumnSpec;

/**
 * A field of an entity as queries see it.
 *
 * @param column the column (absent for lines)
 * @param target for a reference or lines field, the target entity ({@code app.entity})
 */
public record QueryField(String name, Kind kind, ColumnSpec column, String target) {

    /** What a field holds. */
    public enum Kind {
        /** A value in a column. */
        VALUE,
        /** The id of a record of {@code target}. */
        REFERENCE,
        /** The records of {@code target} whose parent_id is this record's id. */
        LINES
    }

    /** True for the system columns every table has (id, version, created_at...). */
    public boolean isSystem() {
        return column != null && column.isSystem();
    }

    /** True when the value is text (for is-empty, which also matches ''). */
    public boolean isText() {
        return column != null && (column.sqlType().startsWith("varchar(") && !column.sqlType().endsWith("]")
                || column.sqlType().equals("text"));
    }
}
