package org.daftar.data.migration.step;

import org.daftar.data.migration.live.ObjectKind;

/** An index or constraint renamed to the name the definitions now give it (after its table or field was renamed). */
public record ObjectRename(ObjectKind kind, String from, String to) {

    /** The statement, for the object's table {@code schema.table} (its name when the rename runs). */
    public String sql(String schema, String table) {
        return kind.renameSql(schema, table, from, to);
    }
}
