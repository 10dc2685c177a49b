package org.daftar.query;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a query, each a list of values in the order of {@link #columns()}.
 *
 * @param keys for a list, the sort key and id of each row, for {@link #lastKey()}
 */
public record Result(List<String> columns, List<List<Object>> rows, List<List<Object>> keys) {

    public Result {
        columns = List.copyOf(columns);
        rows = java.util.Collections.unmodifiableList(new ArrayList<>(rows));
        keys = java.util.Collections.unmodifiableList(new ArrayList<>(keys));
    }

    /** The sort key of the last row, to ask for the next page: {@code query.after(result.lastKey())}. */
    public List<Object> lastKey() {
        if (keys.isEmpty()) {
            throw new QueryException("This result has no rows (or is grouped): there is no next page");
        }
        return keys.getLast();
    }
}
