package org.daftar.ui.form.render;

import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.daftar.model.entity.FieldDef;

/**
 * The grid of a {@link LinesEditor} as it shows lines: one row per line, each cell showing its value
 * as text, a remove button on every row (a renderer, not a component per line), and a footer with
 * the totals of the numeric columns. Once a save has left messages about lines, the cells they are
 * about are marked, with the message as their tooltip. {@link LineEditingGrid} adds the editing of
 * one line in place.
 */
class LinesGrid {

    private static final String INVALID_PART = "daftar-invalid-cell";

    /**
     * The Vaadin grid itself. Held rather than extended: in production mode Vaadin has every UI load
     * the client chunk of each component class it shows, so a subclass of {@code Grid} would cost
     * every form a little memory for nothing.
     */
    private final Grid<Line> grid = new Grid<>();
    private final List<FieldDef> columns;
    private final List<Line> lines;
    private final Locale locale;
    private final Grid.Column<Line> removeColumn;
    private final FooterRow footer;
    private final Map<String, BigDecimal> totals = new LinkedHashMap<>();
    private LinesEditor.CellText cellText;
    private boolean messagesMarked;

    /**
     * @param lines the lines shown, as the editor holds them: {@link #show} shows them again after a change
     * @param remove called with the line whose remove button was clicked
     */
    LinesGrid(List<FieldDef> columns, List<Line> lines, Locale locale, SerializableConsumer<Line> remove) {
        this.columns = columns;
        this.lines = lines;
        this.locale = locale;
        ValueText plain = new ValueText(locale);
        this.cellText = (column, value) -> plain.of(value);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        for (FieldDef column : columns) {
            grid.addColumn(line -> text(line, column))
                    .setKey(column.name()).setHeader(column.labelOrName().in(locale)).setResizable(true);
        }
        removeColumn = grid.addColumn(LitRenderer.<Line>of("<vaadin-button theme=\"tertiary error icon\" aria-label=\"${item.label}\""
                        + " @click=\"${remove}\"><vaadin-icon icon=\"vaadin:trash\"></vaadin-icon></vaadin-button>")
                        .withProperty("label", line -> FormTexts.get(locale, "form.lines.remove"))
                        .withFunction("remove", remove))
                .setFlexGrow(0).setWidth("4em");
        footer = grid.appendFooterRow();
    }

    /** The Vaadin grid that shows the lines. */
    final Grid<Line> grid() {
        return grid;
    }

    /** The columns, in the grid's order. */
    final List<FieldDef> columns() {
        return columns;
    }

    /** The language of the headers, the texts and the totals. */
    final Locale locale() {
        return locale;
    }

    /** The lines shown, in order. */
    final List<Line> lines() {
        return lines;
    }

    /** How the cells show their values; by default as {@link ValueText}. */
    void setCellText(LinesEditor.CellText text) {
        this.cellText = text;
    }

    /** The text of the cell of {@code column} in {@code line}: empty when it has no value. */
    String text(Line line, FieldDef column) {
        Object value = line.values.get(column.name());
        return value == null ? "" : cellText.of(column, value);
    }

    /** Shows the remove buttons, or hides them when the lines cannot be changed. */
    void setRemovable(boolean removable) {
        removeColumn.setVisible(removable);
    }

    /** Shows only the columns named in {@code names}, in the grid's order; all when empty. */
    void setVisibleColumns(List<String> names) {
        for (FieldDef column : columns) {
            grid.getColumnByKey(column.name()).setVisible(names.isEmpty() || names.contains(column.name()));
        }
    }

    /** Shows the lines again, with their totals in the footer, after lines were added or removed. */
    void show() {
        grid.setItems(lines);
        showTotals();
    }

    /** Totals the lines again into the footer: the first column's footer says "Total" when it has none. */
    void showTotals() {
        LineTotals.sum(columns, lines, totals);
        for (FieldDef column : columns) {
            footer.getCell(grid.getColumnByKey(column.name())).setText(totalText(column.name()));
        }
        if (!columns.isEmpty() && !totals.containsKey(columns.getFirst().name())) {
            footer.getCell(grid.getColumnByKey(columns.getFirst().name())).setText(FormTexts.get(locale, "form.lines.total"));
        }
    }

    /** The totals shown in the footer, by column. */
    Map<String, BigDecimal> totals() {
        return Collections.unmodifiableMap(totals);
    }

    /** The text of the footer cell of {@code column}: empty when it has no total. */
    String totalText(String column) {
        BigDecimal total = totals.get(column);
        if (total == null) {
            return "";
        }
        FieldDef field = columns.stream().filter(c -> c.name().equals(column)).findFirst().orElseThrow();
        return LineTotals.text(field, total, locale);
    }

    /**
     * Marks the cells that have a message, with the message as their tooltip. Set up with the first
     * message: until then the columns carry no generators.
     */
    void markCellsWithMessages() {
        if (messagesMarked) {
            return;
        }
        messagesMarked = true;
        for (FieldDef column : columns) {
            Grid.Column<Line> shown = grid.getColumnByKey(column.name());
            shown.setPartNameGenerator(line -> line.messages.containsKey(column.name()) ? INVALID_PART : null);
            shown.setTooltipGenerator(line -> line.messages.get(column.name()));
        }
    }
}
