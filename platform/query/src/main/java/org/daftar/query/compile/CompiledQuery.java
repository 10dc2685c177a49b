package org.daftar.query.compile;

import java.util.List;

/**
 * One PostgreSQL statement for a query shape.
 *
 * @param sql the statement, with {@code ?} for every value
 * @param parameterSlots for each {@code ?} in order, the index of the value it takes
 * @param columns the names of the result's columns people see
 * @param keyColumns for a list, the positions (in the statement's columns) of the sort key and id
 *     that make {@code Result.lastKey()}; empty for a grouped query
 */
public record CompiledQuery(String sql, List<Integer> parameterSlots, List<String> columns, List<Integer> keyColumns) {

    public CompiledQuery {
        parameterSlots = List.copyOf(parameterSlots);
        columns = List.copyOf(columns);
        keyColumns = List.copyOf(keyColumns);
    }

    /** The values to bind, in the order of the statement's {@code ?}. */
    public List<Object> bind(List<Object> values) {
        return parameterSlots.stream().map(values::get).toList();
    }
}
