package org.daftar.ui.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daftar.query.Result;

/**
 * A grouped result turned around: the values of one group become columns, the other group stays
 * in rows, each cell the sum of a measure, with a total per row, per column and overall.
 *
 * @param rowKeys the values of the row group, in the order of the result
 * @param columnKeys the values of the column group, in the order of the result
 * @param cells per row key, per column key, the measure (absent when no row had that pair)
 */
public record PivotTable(
        List<String> rowKeys, List<String> columnKeys, Map<String, Map<String, BigDecimal>> cells,
        Map<String, BigDecimal> rowTotals, Map<String, BigDecimal> columnTotals, BigDecimal total) {

    /**
     * Pivots {@code result}: {@code rowGroup} down, {@code columnGroup} across, {@code measure} in
     * the cells (added up when several rows fall in one cell, e.g. a third group left out); group
     * values shown as {@code shown} says.
     */
    public static PivotTable of(Result result, String rowGroup, String columnGroup, String measure, CellText shown) {
        int r = column(result, rowGroup);
        int c = column(result, columnGroup);
        int m = column(result, measure);
        Set<String> rows = new LinkedHashSet<>();
        Set<String> columns = new LinkedHashSet<>();
        Map<String, Map<String, BigDecimal>> cells = new LinkedHashMap<>();
        Map<String, BigDecimal> rowTotals = new LinkedHashMap<>();
        Map<String, BigDecimal> columnTotals = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        for (List<Object> row : result.rows()) {
            String rowKey = shown.category(rowGroup, row.get(r));
            String columnKey = shown.category(columnGroup, row.get(c));
            BigDecimal value = decimal(row.get(m));
            rows.add(rowKey);
            columns.add(columnKey);
            cells.computeIfAbsent(rowKey, k -> new LinkedHashMap<>()).merge(columnKey, value, BigDecimal::add);
            rowTotals.merge(rowKey, value, BigDecimal::add);
            columnTotals.merge(columnKey, value, BigDecimal::add);
            total = total.add(value);
        }
        return new PivotTable(new ArrayList<>(rows), new ArrayList<>(columns), cells, rowTotals, columnTotals, total);
    }

    /** The cell of one row and column, or null when empty. */
    public BigDecimal cell(String rowKey, String columnKey) {
        return cells.getOrDefault(rowKey, Map.of()).get(columnKey);
    }

    private static int column(Result result, String name) {
        int index = result.columns().indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("No column " + name + " in " + result.columns());
        }
        return index;
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
