package org.daftar.ui.form.render;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
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
 * The lines of a record as an editable sub-grid: one row per line, one cell per column, each cell
 * rendered by the registry like a field of a form; the line's computed fields follow its values,
 * and a footer row totals the numeric columns. Lines are added with the "add line" button (or
 * Alt+N) and removed with each row's remove button. Messages about a line are shown at its cell.
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
    private boolean readOnly;
    private java.util.function.Supplier<Map<String, Object>> newLine = LinkedHashMap::new;

    public LinesEditor(EntityDef lineEntity, List<FieldDef> columns, RendererRegistry registry, LineComputer computer,
            Locale locale) {
        this.lineEntity = lineEntity;
        this.columns = List.copyOf(columns);
        this.registry = registry;
        this.computer = computer;
        this.locale = locale;
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        for (FieldDef column : columns) {
            grid.addComponentColumn((Line line) -> line.cells.get(column.name()))
                    .setKey(column.name()).setHeader(column.labelOrName().in(locale)).setResizable(true);
        }
        removeColumn = grid.addComponentColumn((Line line) -> line.remove).setFlexGrow(0).setWidth("4em");
        footer = grid.appendFooterRow();
        add = new Button(FormTexts.get(locale, "form.lines.add"), VaadinIcon.PLUS.create(), click -> addLine());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Shortcuts.addShortcutListener(this, this::addLine, Key.KEY_N, KeyModifier.ALT).listenOn(this);
        messages.addClassName("daftar-lines-messages");
        add(grid, add, messages);
        setWidthFull();
        refresh();
    }

    /** Where the values of a new line come from: its fields' defaults. Empty by default. */
    public void setNewLineValues(java.util.function.Supplier<Map<String, Object>> values) {
        this.newLine = values;
    }

    /** Adds a line with its defaults, computes it, and puts the focus in its first cell. */
    public void addLine() {
        if (readOnly) {
            return;
        }
        Line line = new Line(new LinkedHashMap<>(newLine.get()));
        lines.add(line);
        computer.compute(line.values);
        line.show();
        refresh();
        updateValue();
        line.cells.values().stream().filter(cell -> cell instanceof Focusable<?> && !((HasValue<?, ?>) cell).isReadOnly())
                .findFirst().ifPresent(cell -> ((Focusable<?>) cell).focus());
    }

    /** Removes the line at {@code index} (from 0). */
    public void removeLine(int index) {
        if (!readOnly) {
            lines.remove(index);
            refresh();
            updateValue();
        }
    }

    /** The number of lines. */
    public int getLineCount() {
        return lines.size();
    }

    /** The component of the cell of {@code field} in the line at {@code index} (from 0). */
    public Component getCell(int index, String field) {
        return lines.get(index).cells.get(field);
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
        if (index >= 0 && index < lines.size() && lines.get(index).cells.get(field) instanceof HasValidation cell) {
            cell.setErrorMessage(message);
            cell.setInvalid(true);
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
        lines.forEach(line -> line.cells.values().forEach(cell -> {
            if (cell instanceof HasValidation validated) {
                validated.setInvalid(false);
            }
        }));
        setInvalid(false);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        this.readOnly = readOnly;
        add.setVisible(!readOnly);
        removeColumn.setVisible(!readOnly);
        lines.forEach(Line::applyReadOnly);
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
        lines.clear();
        if (value != null) {
            value.forEach(values -> {
                Line line = new Line(new LinkedHashMap<>(values));
                computer.compute(line.values);
                line.show();
                lines.add(line);
            });
        }
        refresh();
    }

    @Override
    protected boolean valueEquals(List<Map<String, Object>> a, List<Map<String, Object>> b) {
        return java.util.Objects.equals(a == null || a.isEmpty() ? null : a, b == null || b.isEmpty() ? null : b);
    }

    private void refresh() {
        grid.setItems(lines);
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

    /** One line: its values and the components of its cells, made once and kept while it is shown. */
    private final class Line {

        final Map<String, Object> values;
        final Map<String, Component> cells = new LinkedHashMap<>();
        final Button remove;

        Line(Map<String, Object> values) {
            this.values = values;
            for (FieldDef column : columns) {
                Component cell = registry.render(new FieldContext(column, lineEntity, locale, readOnly || column.isGenerated()));
                if (cell instanceof HasLabel labelled) {
                    labelled.setLabel(null);
                }
                cell.getElement().removeAttribute("id");
                cell.getElement().setAttribute("aria-label", column.labelOrName().in(locale));
                if (cell instanceof com.vaadin.flow.component.HasSize sized) {
                    sized.setWidthFull();
                }
                cells.put(column.name(), cell);
                if (cell instanceof HasValue<?, ?> field) {
                    listen(column, field);
                }
            }
            remove = new Button(VaadinIcon.TRASH.create(), click -> removeLine(lines.indexOf(this)));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(FormTexts.get(locale, "form.lines.remove"));
        }

        private void listen(FieldDef column, HasValue<?, ?> field) {
            FieldValues.onChange(field, value -> changed(column, value));
        }

        private void changed(FieldDef column, Object value) {
            if (column.isGenerated()) {
                return;
            }
            values.put(column.name(), value instanceof String text && text.isEmpty() ? null : value);
            computer.compute(values);
            showGenerated();
            refresh();
            updateValue();
        }

        void show() {
            for (FieldDef column : columns) {
                FieldValues.set(cells.get(column.name()), values.get(column.name()));
            }
        }

        void showGenerated() {
            columns.stream().filter(FieldDef::isGenerated)
                    .forEach(column -> FieldValues.set(cells.get(column.name()), values.get(column.name())));
        }

        void applyReadOnly() {
            cells.forEach((name, cell) -> {
                if (cell instanceof HasValue<?, ?> field) {
                    field.setReadOnly(readOnly || lineEntity.field(name).map(FieldDef::isGenerated).orElse(true));
                }
            });
        }
    }
}
