package org.daftar.model.list;

import org.daftar.model.FieldRef;

/** One key of a sort order. */
public record SortKey(FieldRef field, Direction direction) {

    /** Which way a sort key runs. */
    public enum Direction {
        ASC,
        DESC
    }
}
