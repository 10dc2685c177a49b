package org.daftar.designer.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.daftar.designer.i18n.DesignerTexts;
import org.daftar.designer.yaml.Nodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The rows of one array of a definition (fields, sections, columns, choices, permissions) in a
 * grid: select a row to edit it, drag a row to another place, or move the selected row with
 * "Move up" / "Move down" (keyboard users), and remove it. Every change is made in the array and
 * reported to {@code changed}.
 *
 * <p>Ids for tests and the browser: {@code ID-grid}, {@code ID-up}, {@code ID-down}, {@code ID-remove}.
 */
public class OrderedRows extends Composite<VerticalLayout> {

    /** One row: its place in the array and the element there. */
    public record Row(int index, JsonNode node) {}

    private final Supplier<ArrayNode> array;
    private final Runnable changed;
    private final Grid<Row> grid = new Grid<>();
    private final Button up = new Button(VaadinIcon.ARROW_UP.create());
    private final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
    private final Button remove = new Button(VaadinIcon.TRASH.create());
    private final HorizontalLayout toolbar = new HorizontalLayout();
    private Consumer<Optional<Row>> onSelect = row -> {};
    private Row dragged;
    private boolean refreshing;

    public OrderedRows(String id, DesignerTexts texts, Supplier<ArrayNode> array, Runnable changed) {
        this.array = array;
        this.changed = changed;
        setId(id);
        grid.setId(id + "-grid");
        grid.setAllRowsVisible(true);
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(event -> dragged = event.getDraggedItems().isEmpty() ? null : event.getDraggedItems().getFirst());
        grid.addDragEndListener(event -> dragged = null);
        grid.addDropListener(event -> {
            if (dragged != null) {
                drop(dragged.index(), event.getDropTargetItem().map(Row::index).orElse(-1), event.getDropLocation());
            }
        });
        grid.asSingleSelect().addValueChangeListener(event -> {
            enableButtons();
            if (!refreshing) {
                onSelect.accept(Optional.ofNullable(event.getValue()));
            }
        });
        up.setId(id + "-up");
        up.setAriaLabel(texts.get("rows.up"));
        up.setTooltipText(texts.get("rows.up"));
        up.addClickListener(click -> selectedIndex().ifPresent(index -> move(index, index - 1)));
        down.setId(id + "-down");
        down.setAriaLabel(texts.get("rows.down"));
        down.setTooltipText(texts.get("rows.down"));
        down.addClickListener(click -> selectedIndex().ifPresent(index -> move(index, index + 1)));
        remove.setId(id + "-remove");
        remove.setAriaLabel(texts.get("rows.remove"));
        remove.setTooltipText(texts.get("rows.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> selectedIndex().ifPresent(this::remove));
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.add(up, down, remove);
        getContent().setPadding(false);
        getContent().add(grid, toolbar);
        refresh();
    }

    public Grid<Row> grid() {
        return grid;
    }

    /** Adds components (an "Add" row) after the move and remove buttons. */
    public void addToToolbar(Component... components) {
        toolbar.add(components);
    }

    /** Runs {@code listener} with the selected row whenever the selection changes. */
    public void onSelect(Consumer<Optional<Row>> listener) {
        this.onSelect = listener;
    }

    /**
     * Shows the array's elements again, keeping the selected place; the row's editor stays open
     * (it edits the same element), so no selection change is reported.
     */
    public void refresh() {
        Optional<Integer> selected = selectedIndex();
        List<Row> rows = rows();
        refreshing = true;
        try {
            grid.setItems(rows);
            selected.filter(index -> index < rows.size()).ifPresent(this::select);
        } finally {
            refreshing = false;
        }
        enableButtons();
    }

    /** Selects the row at {@code index}. */
    public void select(int index) {
        List<Row> rows = rows();
        if (index >= 0 && index < rows.size()) {
            grid.select(rows.get(index));
        }
    }

    public Optional<Integer> selectedIndex() {
        return grid.asSingleSelect().getOptionalValue().map(Row::index);
    }

    /** Moves the element at {@code from} to {@code to} and keeps it selected. */
    public void move(int from, int to) {
        ArrayNode elements = array.get();
        if (from < 0 || from >= elements.size() || to < 0 || to >= elements.size() || from == to) {
            return;
        }
        Nodes.move(elements, from, to);
        grid.deselectAll();
        changed.run();
        refresh();
        select(to);
    }

    /** Removes the element at {@code index}. */
    public void remove(int index) {
        ArrayNode elements = array.get();
        if (index < 0 || index >= elements.size()) {
            return;
        }
        elements.remove(index);
        grid.deselectAll();
        changed.run();
        refresh();
    }

    /** A row dragged from {@code from} and dropped above or below the row at {@code target} (-1: after the last). */
    void drop(int from, int target, GridDropLocation location) {
        int size = array.get().size();
        int to;
        if (target < 0 || location == GridDropLocation.EMPTY) {
            to = size - 1;
        } else {
            to = location == GridDropLocation.BELOW ? target + 1 : target;
            if (from < to) {
                to--;
            }
        }
        move(from, Math.max(0, Math.min(to, size - 1)));
    }

    private List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        ArrayNode elements = array.get();
        for (int i = 0; i < elements.size(); i++) {
            rows.add(new Row(i, elements.get(i)));
        }
        return rows;
    }

    private void enableButtons() {
        Optional<Integer> selected = selectedIndex();
        int size = array.get().size();
        up.setEnabled(selected.map(index -> index > 0).orElse(false));
        down.setEnabled(selected.map(index -> index < size - 1).orElse(false));
        remove.setEnabled(selected.isPresent());
    }
}
