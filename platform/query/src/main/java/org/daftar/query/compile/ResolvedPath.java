package org.daftar.query.compile;

import org.daftar.query.schema.EntityTable;
import org.daftar.query.schema.QueryField;

/**
 * A field path resolved against the catalog and the readable schema.
 *
 * @param joinKey the references followed ({@code customer} for {@code customer.name}), {@code ""}
 *     for a field of the source, or the lines field for a path along lines
 * @param owner the entity that holds the field
 * @param lines true when the path goes along the lines of the source
 */
record ResolvedPath(String path, String joinKey, EntityTable owner, QueryField field, boolean lines) {

    /** The column's position in its table. */
    int ordinal() {
        return owner.table().columns().indexOf(field.column());
    }

    /** The path within the lines entity ({@code quantity} for {@code lines.quantity}). */
    String withinLines() {
        return path.substring(path.indexOf('.') + 1);
    }
}
