package org.daftar.ui.report;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.daftar.query.Result;

/**
 * A grouped result as a pivot table ({@link PivotTable}): the user picks the group that goes down,
 * the one that goes across and the measure; totals per row, per column and overall.
 */
public class PivotView extends Composite<VerticalLayout> {

    private final Select<String> rows = new Select<>();
    private final Select<String> columns = new Select<>();
    private final Select<String> measure = new Select<>();
    private final Grid<String> grid = new Grid<>();
    private Result result;
    private CellText cells = CellText.PLAIN;
    private PivotTable table;

    public PivotView() {
        rows.setLabel(getTranslation("report.pivot.rows"));
        rows.setId("pivot-rows");
        columns.setLabel(getTranslation("report.pivot.columns"));
        columns.setId("pivot-columns");
        measure.setLabel(getTranslation("report.pivot.measure"));
        measure.setId("pivot-measure");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        grid.setId("pivot-grid");
        List.of(rows, columns, measure).forEach(select -> select.addValueChangeListener(e -> refresh()));
        getContent().setPadding(false);
        getContent().add(new HorizontalLayout(rows, columns, measure), grid);
    }

    /**
     * Shows {@code result} pivoted; {@code groups} are its group columns, {@code measures} its measure
     * columns, labelled by {@code label}, values shown as {@code cellText} says.
     */
    public void show(Result result, List<String> groups, List<String> measures, Function<String, String> label,
            CellText cellText) {
        this.result = null;
        this.cells = cellText;
        List.of(rows, columns).forEach(select -> {
            select.setItems(groups);
            select.setItemLabelGenerator(label::apply);
        });
        measure.setItems(measures);
        measure.setItemLabelGenerator(label::apply);
        rows.setValue(groups.getFirst());
        columns.setValue(groups.size() > 1 ? groups.get(1) : groups.getFirst());
        measure.setValue(measures.getFirst());
        this.result = result;
        refresh();
    }

    /** The table shown, or null before a result. */
    public PivotTable table() {
        return table;
    }

    private void refresh() {
        if (result == null || rows.getValue() == null || columns.getValue() == null || measure.getValue() == null) {
            return;
        }
        table = PivotTable.of(result, rows.getValue(), columns.getValue(), measure.getValue(), cells);
        grid.removeAllColumns();
        grid.addColumn(key -> key).setHeader(rowsLabel()).setFrozen(true).setFooter(getTranslation("report.pivot.total"));
        for (String columnKey : table.columnKeys()) {
            grid.addColumn(key -> text(table.cell(key, columnKey))).setHeader(columnKey).setTextAlign(ColumnTextAlign.END)
                    .setFooter(text(table.columnTotals().get(columnKey)));
        }
        grid.addColumn(key -> text(table.rowTotals().get(key))).setHeader(getTranslation("report.pivot.total"))
                .setTextAlign(ColumnTextAlign.END).setFooter(text(table.total()));
        grid.setItems(table.rowKeys());
    }

    private String rowsLabel() {
        return rows.getItemLabelGenerator().apply(rows.getValue());
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
