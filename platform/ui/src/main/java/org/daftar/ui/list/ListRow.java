package org.daftar.ui.list;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One row of a list: the record's id and version and its values in the order of the list's columns.
 * Rows are equal when their ids are, so a selection survives a refresh. The values are kept in a
 * plain array: a list keeps a page of rows in every open tab.
 */
public final class ListRow {

    private final long id;
    private final int version;
    private final Object[] values;

    public ListRow(long id, int version, List<Object> values) {
        this.id = id;
        this.version = version;
        this.values = values.toArray();
    }

    public long id() {
        return id;
    }

    public int version() {
        return version;
    }

    /** The values, in the order of the list's columns (read-only). */
    public List<Object> values() {
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    public Object value(int column) {
        return values[column];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ListRow row && row.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "ListRow[id=" + id + ", version=" + version + ", values=" + Arrays.toString(values) + "]";
    }
}
