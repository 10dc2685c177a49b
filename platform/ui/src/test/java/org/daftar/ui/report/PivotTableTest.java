package org.daftar.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.daftar.query.Result;
import org.junit.jupiter.api.Test;

/** A grouped result pivoted: one group across, totals per row, per column and overall. */
class PivotTableTest {

    @Test
    void cellsAndTotals() {
        Result result = new Result(List.of("month", "region", "revenue"), List.of(
                Arrays.asList("2025-01", "central", new BigDecimal("10")),
                Arrays.asList("2025-01", "west", new BigDecimal("5")),
                Arrays.asList("2025-02", "central", new BigDecimal("7")),
                Arrays.asList("2025-02", null, new BigDecimal("1"))), List.of());

        PivotTable pivot = PivotTable.of(result, "month", "region", "revenue", CellText.PLAIN);

        assertThat(pivot.rowKeys()).containsExactly("2025-01", "2025-02");
        assertThat(pivot.columnKeys()).containsExactly("central", "west", "—");
        assertThat(pivot.cell("2025-01", "central")).isEqualByComparingTo("10");
        assertThat(pivot.cell("2025-02", "west")).isNull();
        assertThat(pivot.rowTotals().get("2025-01")).isEqualByComparingTo("15");
        assertThat(pivot.columnTotals().get("central")).isEqualByComparingTo("17");
        assertThat(pivot.total()).isEqualByComparingTo("23");
    }

    @Test
    void rowsThatFallInOneCellAddUp() {
        Result result = new Result(List.of("region", "month", "status", "orders"), List.of(
                Arrays.asList("west", "2025-01", "draft", 2L),
                Arrays.asList("west", "2025-01", "confirmed", 3L)), List.of());

        PivotTable pivot = PivotTable.of(result, "region", "month", "orders", CellText.PLAIN);

        assertThat(pivot.cell("west", "2025-01")).isEqualByComparingTo("5");
    }
}
