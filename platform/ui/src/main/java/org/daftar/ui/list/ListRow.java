package org.daftar.ui.list;

import java.util.List;

/**
 * One row of a list: the record's id and version and its values in the order of the list's columns.
 * Rows are equal when their ids are, so a selection survives a refresh.
 */
public record ListRow(long id, int version, List<Object> values) {

    public ListRow {
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    public Object value(int column) {
        return values.get(column);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ListRow row && row.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
