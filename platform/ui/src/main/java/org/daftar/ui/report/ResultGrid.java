package org.daftar.ui.report;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.daftar.query.Result;

/** A report's rows in a grid, one column per result column, headed by its label. */
public class ResultGrid extends Grid<List<Object>> {

    public ResultGrid() {
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setWidthFull();
        setAllRowsVisible(false);
        setHeight("420px");
    }

    /** Shows {@code result}, each column headed by {@code label} of its name, values as {@code cells} says. */
    public void show(Result result, Function<String, String> label, CellText cells) {
        removeAllColumns();
        for (int i = 0; i < result.columns().size(); i++) {
            int index = i;
            String name = result.columns().get(i);
            Column<List<Object>> column = addColumn(row -> cells.cell(name, row.get(index)))
                    .setHeader(label.apply(name)).setKey(name).setResizable(true).setSortable(false);
            if (!result.rows().isEmpty() && result.rows().getFirst().get(index) instanceof Number) {
                column.setTextAlign(ColumnTextAlign.END);
            }
        }
        setItems(result.rows());
    }

    /** How a cell is shown: numbers in plain notation, dates in ISO 8601, lists joined. */
    public static String text(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal d -> d.toPlainString();
            case List<?> list -> String.join(", ", list.stream().map(ResultGrid::text).toList());
            default -> value.toString();
        };
    }
}
