package org.daftar.ui.form.render;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.plugin.render.RendererRegistry;

/**
 * The grid of a {@link LinesEditor} in which the user edits one line at a time, in place: a click or
 * Enter on a line edits it, each of its cells holding the component of its column
 * ({@link LineCells}); in the edited line Tab moves from cell to cell, Enter moves to the next line
 * and Escape stops editing (the form's Escape is not triggered). A computed column has no component:
 * its text follows the edited line's values.
 *
 * <p>The components exist once per column, not once per line, and are made when the user first
 * edits a line. A change in one of them goes into the edited line's values, and the editor computes
 * the line again.
 */
final class LineEditingGrid extends LinesGrid {

    private final LinesEditor owner;
    private final EntityDef lineEntity;
    private final RendererRegistry registry;
    /** The components of the edited line's cells, by column; computed columns have none. */
    private final Map<String, Component> cells = new LinkedHashMap<>();
    private Line focused;
    private boolean showing;
    private ShortcutRegistration escape;
    private Line editing;
    private boolean readOnly;

    LineEditingGrid(LinesEditor owner, EntityDef lineEntity, List<FieldDef> columns, List<Line> lines,
            RendererRegistry registry, Locale locale) {
        super(columns, lines, locale, owner::removeLine);
        this.owner = owner;
        this.lineEntity = lineEntity;
        this.registry = registry;
        Editor<Line> editor = grid().getEditor();
        editor.setBinder(new Binder<>());
        editor.setBuffered(false);
        for (FieldDef column : columns) {
            grid().getColumnByKey(column.name()).setEditorComponent(line -> cell(column.name()));
        }
        grid().addItemClickListener(click -> edit(click.getItem()));
        grid().addCellFocusListener(cell -> focused = cell.getItem().orElse(null));
        Shortcuts.addShortcutListener(grid(), this::enter, Key.ENTER).listenOn(grid());
    }

    /** Whether the lines cannot be changed: then no line is edited and the remove buttons are hidden. */
    boolean isReadOnly() {
        return readOnly;
    }

    /** Makes the lines read-only (stopping the editing of a line), or editable again. */
    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        setRemovable(!readOnly);
        if (readOnly) {
            stopEditing();
        }
        cells.values().forEach(cell -> LineCells.setReadOnly(cell, readOnly));
    }

    /** Edits {@code line}: its values in the cells' components, its messages at them. */
    void edit(Line line) {
        if (readOnly || line == null || !lines().contains(line) || editing == line) {
            return;
        }
        stopEditing();
        editing = line;
        showing = true;
        try {
            for (FieldDef column : columns()) {
                FieldValues.set(cell(column.name()), line.values.get(column.name()));
            }
        } finally {
            showing = false;
        }
        LineCells.showMessages(cells, line);
        grid().getEditor().editItem(line);
        escape = Shortcuts.addShortcutListener(grid(), this::stopEditing, Key.ESCAPE).listenOn(grid());
    }

    /** Edits {@code line} and puts the focus in its first cell the user can type in. */
    void editAndFocus(Line line) {
        edit(line);
        LineCells.focusFirstEditable(cells.values());
    }

    /** Stops editing: the edited line shows its values as text again. */
    void stopEditing() {
        Line edited = editing;
        editing = null;
        if (escape != null) {
            escape.remove();
            escape = null;
        }
        if (grid().getEditor().isOpen()) {
            grid().getEditor().closeEditor();
        }
        if (edited != null && lines().contains(edited)) {
            grid().getDataProvider().refreshItem(edited);
        }
    }

    /**
     * The edited line's computed cells follow its values. The line is not refreshed in the grid
     * while it is edited: a refresh closes the grid's editor under the user's cursor.
     */
    void showComputed(Line line) {
        if (editing != line) {
            refreshLine(line);
            return;
        }
        showing = true;
        try {
            for (FieldDef column : columns()) {
                if (column.isGenerated()) {
                    FieldValues.set(cell(column.name()), line.values.get(column.name()));
                }
            }
        } finally {
            showing = false;
        }
    }

    /** Shows a changed line: as text, or in the editor's cells when it is the edited line (a refresh would close them). */
    void refreshLine(Line line) {
        if (editing != line) {
            grid().getDataProvider().refreshItem(line);
        }
    }

    /** The line being edited, or null. */
    Line editing() {
        return editing;
    }

    /** The component of the cell of {@code column} in the edited line, or null when none was made. */
    Component editedCell(String column) {
        return cells.get(column);
    }

    /** Shows the messages of {@code line} at its cells when it is the line being edited. */
    void showMessagesOf(Line line) {
        if (editing == line) {
            LineCells.showMessages(cells, line);
        }
    }

    /** Takes every message's mark away from the cells' components. */
    void clearCellMessages() {
        LineCells.clearMessages(cells.values());
    }

    /** Enter: on a line, edits it; in the edited line, moves to the next one (or stops editing after the last). */
    private void enter() {
        if (editing == null) {
            edit(focused);
            return;
        }
        int next = lines().indexOf(editing) + 1;
        if (next > 0 && next < lines().size()) {
            editAndFocus(lines().get(next));
        } else {
            stopEditing();
        }
    }

    /** The editing component of the column {@code name}, made the first time a line is edited. */
    private Component cell(String name) {
        return cells.computeIfAbsent(name, key -> {
            FieldDef column = lineEntity.field(key).orElseThrow();
            Component cell = LineCells.make(column, lineEntity, registry, locale(), readOnly || column.isGenerated());
            if (cell instanceof HasValue<?, ?> field) {
                FieldValues.onChange(field, value -> changed(column, value));
            }
            return cell;
        });
    }

    /** The user changed the cell of {@code column} in the edited line: its value goes into the line's values. */
    private void changed(FieldDef column, Object value) {
        Line line = editing;
        if (showing || column.isGenerated() || line == null || !lines().contains(line)) {
            return;
        }
        line.values.put(column.name(), value instanceof String text && text.isEmpty() ? null : value);
        owner.changed(line);
    }
}
