package org.daftar.query.model;

import org.daftar.model.list.SortKey.Direction;

/**
 * A sort key: a column path of a list, or a group or measure name of a grouped query. Empty values
 * come last when ascending and first when descending (PostgreSQL's order).
 */
public record Sort(String field, Direction direction) {
    public static Sort asc(String field) {
        return new Sort(field, Direction.ASC);
    }

    public static Sort desc(String field) {
        return new Sort(field, Direction.DESC);
    }

    public boolean descending() {
        return direction == Direction.DESC;
    }
}
