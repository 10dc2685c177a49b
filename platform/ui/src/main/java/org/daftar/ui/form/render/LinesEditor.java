package org.daftar.ui.form.render;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.plugin.render.RendererRegistry;

/**
 * The lines of a record as an editable sub-grid: one row per line, one cell per column, shown as
 * text; the line the user works on is edited in place, each of its cells rendered by the registry
 * like a field of a form ({@link LineEditingGrid}). The line's computed fields follow its values, and
 * a footer row totals the numeric columns ({@link LinesGrid}). Lines are added with the "add line"
 * button (or Alt+N) and removed with each row's remove button. Messages about a line are shown at
 * its cell and under the grid ({@link LineMessages}).
 *
 * <p>Keyboard: a click or Enter on a line edits it; in the edited line Tab moves from cell to cell,
 * Enter moves to the next line (except in a combo box, where Enter picks the option) and Escape
 * stops editing (the form's Escape is not triggered).
 *
 * <p>Only one line is edited at a time, so the components of the cells exist once per column, not
 * once per line: a form with many lines costs the server little more than one with a single line.
 * They are made when the user first edits a line.
 *
 * <p>Its value is the lines as the record holds them: a list of maps, each with the line's
 * {@code id} when it is saved, and the values of its fields (computed ones included, so that the
 * record's totals can be computed from them); {@code null} when there are no lines.
 */
public class LinesEditor extends CustomField<List<Map<String, Object>>> {

    /** Computes a line's computed fields into its values. */
    @FunctionalInterface
    public interface LineComputer {
        void compute(Map<String, Object> line);
    }

    /** A value of a column as the text of a cell that is not being edited. */
    @FunctionalInterface
    public interface CellText {
        String of(FieldDef column, Object value);
    }

    private final EntityDef lineEntity;
    private final LineComputer computer;
    private final LineEditingGrid grid;
    private final Button add;
    private final LineMessages messages = new LineMessages();
    private final List<Line> lines = new ArrayList<>();
    private Supplier<Map<String, Object>> newLine = LinkedHashMap::new;

    public LinesEditor(EntityDef lineEntity, List<FieldDef> columns, RendererRegistry registry, LineComputer computer,
            Locale locale) {
        this.lineEntity = lineEntity;
        this.computer = computer;
        grid = new LineEditingGrid(this, lineEntity, List.copyOf(columns), lines, registry, locale);
        add = new Button(FormTexts.get(locale, "form.lines.add"), VaadinIcon.PLUS.create(), click -> addLine());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Shortcuts.addShortcutListener(this, this::addLine, Key.KEY_N, KeyModifier.ALT).listenOn(this);
        add(grid.grid(), add);
        setWidthFull();
        grid.show();
    }

    /** Where the values of a new line come from: its fields' defaults. Empty by default. */
    public void setNewLineValues(Supplier<Map<String, Object>> values) {
        this.newLine = values;
    }

    /** How the cells of lines that are not edited show their values; by default as {@link ValueText}. */
    public void setCellText(CellText text) {
        grid.setCellText(text);
    }

    /** Adds a line with its defaults, computes it, edits it and puts the focus in its first cell. */
    public void addLine() {
        if (grid.isReadOnly()) {
            return;
        }
        Line line = new Line(new LinkedHashMap<>(newLine.get()));
        lines.add(line);
        computer.compute(line.values);
        grid.show();
        updateValue();
        grid.editAndFocus(line);
    }

    /** Removes the line at {@code index} (from 0). */
    public void removeLine(int index) {
        if (!grid.isReadOnly() && index >= 0 && index < lines.size()) {
            grid.stopEditing();
            lines.remove(index);
            grid.show();
            updateValue();
        }
    }

    /** The number of lines. */
    public int getLineCount() {
        return lines.size();
    }

    /**
     * The component of the cell of {@code field} in the line at {@code index} (from 0), that line
     * being edited: as when the user clicks the line. A computed column's is read-only and follows
     * the line's values as the user types.
     */
    public Component getCell(int index, String field) {
        grid.edit(lines.get(index));
        return grid.editedCell(field);
    }

    /** The text the cell of {@code field} shows in the line at {@code index} (from 0) while it is not edited. */
    public String getCellText(int index, String field) {
        return grid.text(lines.get(index), lineEntity.field(field).orElseThrow());
    }

    /** The message shown at the cell of {@code field} in the line at {@code index} (from 0), or null. */
    public String getCellMessage(int index, String field) {
        return lines.get(index).messages.get(field);
    }

    /** The index (from 0) of the line being edited, or -1. */
    public int getEditedLine() {
        return grid.editing() == null ? -1 : lines.indexOf(grid.editing());
    }

    /** The totals of the numeric columns, by column; shown in the grid's footer. */
    public Map<String, BigDecimal> getTotals() {
        return grid.totals();
    }

    /** The text of the footer cell of {@code column}. */
    public String getTotalText(String column) {
        return grid.totalText(column);
    }

    /** Shows only the columns named in {@code names} (a form's {@code columns}), in the grid's order; all when empty. */
    public void setVisibleColumns(List<String> names) {
        grid.setVisibleColumns(names);
    }

    public Grid<?> getGrid() {
        return grid.grid();
    }

    public Button getAddButton() {
        return add;
    }

    /** Shows {@code message} at the cell of {@code field} in the line at {@code index}, and under the grid. */
    public void showMessage(int index, String field, String message) {
        if (index >= 0 && index < lines.size() && lineEntity.field(field).isPresent()) {
            Line line = lines.get(index);
            line.messages.put(field, message);
            grid.markCellsWithMessages();
            grid.showMessagesOf(line);
            grid.refreshLine(line);
        }
        if (messages.getParent().isEmpty()) {
            add(messages);
        }
        messages.show(message);
        setInvalid(true);
    }

    /** The messages shown about lines, in order. */
    public List<String> getMessages() {
        return messages.texts();
    }

    /** Takes every message about lines away. */
    public void clearMessages() {
        messages.removeAll();
        boolean any = lines.stream().anyMatch(line -> !line.messages.isEmpty());
        lines.forEach(line -> line.messages.clear());
        grid.clearCellMessages();
        if (any) {
            grid.grid().getDataProvider().refreshAll();
        }
        setInvalid(false);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        add.setVisible(!readOnly);
        grid.setReadOnly(readOnly);
    }

    @Override
    protected List<Map<String, Object>> generateModelValue() {
        if (lines.isEmpty()) {
            return null;
        }
        return lines.stream().map(line -> (Map<String, Object>) new LinkedHashMap<>(line.values)).toList();
    }

    @Override
    protected void setPresentationValue(List<Map<String, Object>> value) {
        grid.stopEditing();
        lines.clear();
        if (value != null) {
            value.forEach(values -> {
                Line line = new Line(new LinkedHashMap<>(values));
                computer.compute(line.values);
                lines.add(line);
            });
        }
        grid.show();
    }

    @Override
    protected boolean valueEquals(List<Map<String, Object>> a, List<Map<String, Object>> b) {
        return Objects.equals(a == null || a.isEmpty() ? null : a, b == null || b.isEmpty() ? null : b);
    }

    /** Removes {@code line}, whose remove button the user clicked. */
    void removeLine(Line line) {
        removeLine(lines.indexOf(line));
    }

    /** The user changed a cell of {@code line}: computes it again, with the totals and the field's value. */
    void changed(Line line) {
        computer.compute(line.values);
        grid.showComputed(line);
        grid.showTotals();
        updateValue();
    }
}
