package org.daftar.data.record.table;

import java.util.List;
import java.util.Set;
import org.daftar.data.schema.SystemColumns;

/**
 * The keys of a record map that are not fields: the system columns, which Daftar sets itself and
 * which callers may send back as they read them (they are ignored on save).
 */
public final class SystemFields {

    /** Read with every record, in this order, before its fields. */
    public static final List<String> RECORD = List.of(SystemColumns.ID, SystemColumns.VERSION, SystemColumns.CREATED_AT,
            SystemColumns.CREATED_BY, SystemColumns.UPDATED_AT, SystemColumns.UPDATED_BY, SystemColumns.DELETED_AT,
            SystemColumns.DELETED_BY);

    /** Read with every line, in this order, before its fields. */
    public static final List<String> LINE = List.of(SystemColumns.ID, SystemColumns.VERSION, SystemColumns.LINE_NO);

    private static final Set<String> ALL = Set.of(SystemColumns.ID, SystemColumns.VERSION, SystemColumns.CREATED_AT,
            SystemColumns.CREATED_BY, SystemColumns.UPDATED_AT, SystemColumns.UPDATED_BY, SystemColumns.DELETED_AT,
            SystemColumns.DELETED_BY, SystemColumns.PARENT_ID, SystemColumns.LINE_NO);

    private SystemFields() {}

    public static boolean isSystem(String key) {
        return ALL.contains(key);
    }
}
