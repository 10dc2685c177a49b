package org.daftar.ui.form.render;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.plugin.render.FieldContext;
import org.daftar.plugin.render.RendererRegistry;

/**
 * The lines of a record as an editable sub-grid: one row per line, one cell per column, shown as
 * text; the line the user works on is edited in place, each of its cells rendered by the registry
 * like a field of a form. The line's computed fields follow its values, and a footer row totals the
 * numeric columns. Lines are added with the "add line" button (or Alt+N) and removed with each
 * row's remove button. Messages about a line are shown at its cell and under the grid.
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

    private static final String INVALID_PART = "daftar-invalid-cell";

    private final EntityDef lineEntity;
    private final List<FieldDef> columns;
    private final RendererRegistry registry;
    private final LineComputer computer;
    private final Locale locale;
    private final Grid<Line> grid = new Grid<>();
    private final Button add;
    private final Div messages = new Div();
    private final List<Line> lines = new ArrayList<>();
    private final Map<String, BigDecimal> totals = new LinkedHashMap<>();
    private final FooterRow footer;
    private final Grid.Column<Line> removeColumn;
    private final Map<String, Component> cells = new LinkedHashMap<>();
    private CellText cellText;
    private Line focused;
    private boolean showing;
    private boolean messagesShown;
    private ShortcutRegistration escape;
    private Line editing;
    private boolean readOnly;
    private java.util.function.Supplier<Map<String, Object>> newLine = LinkedHashMap::new;

    public LinesEditor(EntityDef lineEntity, List<FieldDef> columns, RendererRegistry registry, LineComputer computer,
            Locale locale) {
        this.lineEntity = lineEntity;
        this.columns = List.copyOf(columns);
        this.registry = registry;
        this.computer = computer;
        this.locale = locale;
        ValueText plain = new ValueText(locale);
        this.cellText = (column, value) -> plain.of(value);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        Editor<Line> editor = grid.getEditor();
        editor.setBinder(new Binder<>());
        editor.setBuffered(false);
        for (FieldDef column : columns) {
            Grid.Column<Line> shown = grid.addColumn(line -> line.text(column))
                    .setKey(column.name()).setHeader(column.labelOrName().in(locale)).setResizable(true);
            shown.setEditorComponent(line -> cell(column.name()));
        }
        removeColumn = grid.addColumn(LitRenderer.<Line>of("<vaadin-button theme=\"tertiary error icon\" aria-label=\"${item.label}\""
                        + " @click=\"${remove}\"><vaadin-icon icon=\"vaadin:trash\"></vaadin-icon></vaadin-button>")
                        .withProperty("label", line -> FormTexts.get(locale, "form.lines.remove"))
                        .withFunction("remove", line -> removeLine(lines.indexOf(line))))
                .setFlexGrow(0).setWidth("4em");
        footer = grid.appendFooterRow();
        grid.addItemClickListener(click -> edit(click.getItem()));
        grid.addCellFocusListener(cell -> focused = cell.getItem().orElse(null));
        Shortcuts.addShortcutListener(grid, this::enter, Key.ENTER).listenOn(grid);
        add = new Button(FormTexts.get(locale, "form.lines.add"), VaadinIcon.PLUS.create(), click -> addLine());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Shortcuts.addShortcutListener(this, this::addLine, Key.KEY_N, KeyModifier.ALT).listenOn(this);
        messages.addClassName("daftar-lines-messages");
        add(grid, add);
        setWidthFull();
        refresh();
    }

    /** Where the values of a new line come from: its fields' defaults. Empty by default. */
    public void setNewLineValues(java.util.function.Supplier<Map<String, Object>> values) {
        this.newLine = values;
    }

    /** How the cells of lines that are not edited show their values; by default as {@link ValueText}. */
    public void setCellText(CellText text) {
        this.cellText = text;
    }

    /** Adds a line with its defaults, computes it, edits it and puts the focus in its first cell. */
    public void addLine() {
        if (readOnly) {
            return;
        }
        Line line = new Line(new LinkedHashMap<>(newLine.get()));
        lines.add(line);
        computer.compute(line.values);
        refresh();
        updateValue();
        edit(line);
        cells.values().stream().filter(cell -> cell instanceof Focusable<?> && !((HasValue<?, ?>) cell).isReadOnly())
                .findFirst().ifPresent(cell -> ((Focusable<?>) cell).focus());
    }

    /** Removes the line at {@code index} (from 0). */
    public void removeLine(int index) {
        if (!readOnly && index >= 0 && index < lines.size()) {
            stopEditing();
            lines.remove(index);
            refresh();
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
        edit(lines.get(index));
        return cells.get(field);
    }

    /** The text the cell of {@code field} shows in the line at {@code index} (from 0) while it is not edited. */
    public String getCellText(int index, String field) {
        return lines.get(index).text(lineEntity.field(field).orElseThrow());
    }

    /** The message shown at the cell of {@code field} in the line at {@code index} (from 0), or null. */
    public String getCellMessage(int index, String field) {
        return lines.get(index).messages.get(field);
    }

    /** The index (from 0) of the line being edited, or -1. */
    public int getEditedLine() {
        return editing == null ? -1 : lines.indexOf(editing);
    }

    /** The totals of the numeric columns, by column; shown in the grid's footer. */
    public Map<String, BigDecimal> getTotals() {
        return Collections.unmodifiableMap(totals);
    }

    /** The text of the footer cell of {@code column}. */
    public String getTotalText(String column) {
        BigDecimal total = totals.get(column);
        if (total == null) {
            return "";
        }
        FieldDef field = lineEntity.field(column).orElseThrow();
        int scale = field.is(org.daftar.model.entity.FieldType.INTEGER) ? 0
                : field.settings().scale() != null ? field.settings().scale() : 2;
        return new ValueText(locale).of(total.setScale(scale, java.math.RoundingMode.HALF_UP));
    }

    /** Shows only the columns named in {@code names} (a form's {@code columns}), in the grid's order; all when empty. */
    public void setVisibleColumns(List<String> names) {
        for (FieldDef column : columns) {
            grid.getColumnByKey(column.name()).setVisible(names.isEmpty() || names.contains(column.name()));
        }
    }

    public Grid<?> getGrid() {
        return grid;
    }

    public Button getAddButton() {
        return add;
    }

    /** Shows {@code message} at the cell of {@code field} in the line at {@code index}, and under the grid. */
    public void showMessage(int index, String field, String message) {
        if (index >= 0 && index < lines.size() && lineEntity.field(field).isPresent()) {
            Line line = lines.get(index);
            line.messages.put(field, message);
            showMessagesAtCells();
            if (editing == line) {
                showCellMessages(line); // refreshing the edited line would close its editor
            } else {
                grid.getDataProvider().refreshItem(line);
            }
        }
        if (messages.getParent().isEmpty()) {
            add(messages);
        }
        messages.add(new Div(message));
        setInvalid(true);
    }

    /** The messages shown about lines, in order. */
    public List<String> getMessages() {
        return messages.getChildren().map(c -> c.getElement().getText()).toList();
    }

    /** Takes every message about lines away. */
    public void clearMessages() {
        messages.removeAll();
        boolean any = lines.stream().anyMatch(line -> !line.messages.isEmpty());
        lines.forEach(line -> line.messages.clear());
        cells.values().forEach(cell -> {
            if (cell instanceof HasValidation validated) {
                validated.setInvalid(false);
            }
        });
        if (any) {
            grid.getDataProvider().refreshAll();
        }
        setInvalid(false);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        this.readOnly = readOnly;
        add.setVisible(!readOnly);
        removeColumn.setVisible(!readOnly);
        if (readOnly) {
            stopEditing();
        }
        cells.forEach((name, cell) -> applyReadOnly(name, cell));
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
        stopEditing();
        lines.clear();
        if (value != null) {
            value.forEach(values -> {
                Line line = new Line(new LinkedHashMap<>(values));
                computer.compute(line.values);
                lines.add(line);
            });
        }
        refresh();
    }

    @Override
    protected boolean valueEquals(List<Map<String, Object>> a, List<Map<String, Object>> b) {
        return java.util.Objects.equals(a == null || a.isEmpty() ? null : a, b == null || b.isEmpty() ? null : b);
    }

    /** Edits {@code line}: its values in the cells' components, its messages at them. */
    private void edit(Line line) {
        if (readOnly || line == null || !lines.contains(line)) {
            return;
        }
        if (editing == line) {
            return;
        }
        stopEditing();
        editing = line;
        showing = true;
        try {
            for (FieldDef column : columns) {
                FieldValues.set(cell(column.name()), line.values.get(column.name()));
            }
        } finally {
            showing = false;
        }
        showCellMessages(line);
        grid.getEditor().editItem(line);
        escape = Shortcuts.addShortcutListener(grid, this::stopEditing, Key.ESCAPE).listenOn(grid);
    }

    /** Stops editing: the edited line shows its values as text again. */
    private void stopEditing() {
        Line edited = editing;
        editing = null;
        if (escape != null) {
            escape.remove();
            escape = null;
        }
        if (grid.getEditor().isOpen()) {
            grid.getEditor().closeEditor();
        }
        if (edited != null && lines.contains(edited)) {
            grid.getDataProvider().refreshItem(edited);
        }
    }

    /** Enter: on a line, edits it; in the edited line, moves to the next one (or stops editing after the last). */
    private void enter() {
        if (editing == null) {
            edit(focused);
            return;
        }
        int next = lines.indexOf(editing) + 1;
        if (next > 0 && next < lines.size()) {
            edit(lines.get(next));
            cells.values().stream().filter(cell -> cell instanceof Focusable<?> && !((HasValue<?, ?>) cell).isReadOnly())
                    .findFirst().ifPresent(cell -> ((Focusable<?>) cell).focus());
        } else {
            stopEditing();
        }
    }

    /** The editing component of the column {@code name}, made the first time a line is edited. */
    private Component cell(String name) {
        return cells.computeIfAbsent(name, key -> {
            FieldDef column = lineEntity.field(key).orElseThrow();
            Component cell = registry.render(new FieldContext(column, lineEntity, locale, column.isGenerated()));
            if (cell instanceof HasLabel labelled) {
                labelled.setLabel(null);
            }
            cell.getElement().removeAttribute("id");
            if ("vaadin-combo-box".equals(cell.getElement().getTag())) {
                // Enter in a combo box picks its option (a product by name) and stays in the line
                cell.getElement().executeJs("this.addEventListener('keydown', e => { if (e.key === 'Enter') e.stopPropagation(); })");
            }
            cell.getElement().setAttribute("aria-label", column.labelOrName().in(locale));
            if (cell instanceof com.vaadin.flow.component.HasSize sized) {
                sized.setWidthFull();
            }
            applyReadOnly(key, cell);
            if (cell instanceof HasValue<?, ?> field) {
                FieldValues.onChange(field, value -> changed(column, value));
            }
            return cell;
        });
    }

    private void applyReadOnly(String name, Component cell) {
        if (cell instanceof HasValue<?, ?> field) {
            field.setReadOnly(readOnly || lineEntity.field(name).map(FieldDef::isGenerated).orElse(true));
        }
    }

    /** The user changed the cell of {@code column} in the edited line. */
    private void changed(FieldDef column, Object value) {
        Line line = editing;
        if (showing || column.isGenerated() || line == null || !lines.contains(line)) {
            return;
        }
        line.values.put(column.name(), value instanceof String text && text.isEmpty() ? null : value);
        computer.compute(line.values);
        showComputed(line);
        showTotals();
        updateValue();
    }

    /**
     * The edited line's computed cells follow its values. The line is not refreshed in the grid
     * while it is edited: a refresh closes the grid's editor under the user's cursor.
     */
    private void showComputed(Line line) {
        showing = true;
        try {
            for (FieldDef column : columns) {
                if (column.isGenerated()) {
                    FieldValues.set(cell(column.name()), line.values.get(column.name()));
                }
            }
        } finally {
            showing = false;
        }
    }

    /** The edited line's messages at its cells' components; the others' cleared. */
    private void showCellMessages(Line line) {
        for (FieldDef column : columns) {
            if (cells.get(column.name()) instanceof HasValidation cell) {
                String message = line.messages.get(column.name());
                if (message != null) {
                    cell.setErrorMessage(message);
                    cell.setInvalid(true);
                } else if (!(cell instanceof NumberInput number && number.isUnreadable())) {
                    cell.setInvalid(false);
                }
            }
        }
    }

    /** Marks the cells that have a message, with the message as their tooltip: set up with the first message. */
    private void showMessagesAtCells() {
        if (messagesShown) {
            return;
        }
        messagesShown = true;
        for (FieldDef column : columns) {
            Grid.Column<Line> shown = grid.getColumnByKey(column.name());
            shown.setPartNameGenerator(line -> line.messages.containsKey(column.name()) ? INVALID_PART : null);
            shown.setTooltipGenerator(line -> line.messages.get(column.name()));
        }
    }

    private void refresh() {
        grid.setItems(lines);
        showTotals();
    }

    private void showTotals() {
        totals.clear();
        for (FieldDef column : columns) {
            BigDecimal sum = null;
            for (Line line : lines) {
                if (line.values.get(column.name()) instanceof Number number) {
                    sum = (sum == null ? BigDecimal.ZERO : sum).add(new BigDecimal(number.toString()));
                }
            }
            boolean numeric = column.builtInType().map(type -> type.isNumeric()).orElse(false) || sum != null;
            if (numeric && !column.is(org.daftar.model.entity.FieldType.PERCENT)) {
                totals.put(column.name(), sum == null ? BigDecimal.ZERO : sum);
            }
        }
        for (FieldDef column : columns) {
            footer.getCell(grid.getColumnByKey(column.name())).setText(getTotalText(column.name()));
        }
        if (!columns.isEmpty() && !totals.containsKey(columns.getFirst().name())) {
            footer.getCell(grid.getColumnByKey(columns.getFirst().name())).setText(FormTexts.get(locale, "form.lines.total"));
        }
    }

    /** One line: its values, and the messages about its cells. */
    private final class Line {

        final Map<String, Object> values;
        final Map<String, String> messages = new LinkedHashMap<>(2);

        Line(Map<String, Object> values) {
            this.values = values;
        }

        String text(FieldDef column) {
            Object value = values.get(column.name());
            return value == null ? "" : cellText.of(column, value);
        }
    }
}
