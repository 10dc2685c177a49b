package org.daftar.ui.list;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.daftar.model.list.SortKey;
import org.daftar.query.model.Sort;
import org.daftar.ui.i18n.Language;

/**
 * The grid of a list: one sortable, resizable column per list column (its key the field path),
 * values formatted for the user's language, numbers aligned to the end, several sort keys at once.
 * A row opens on double-click, or on Enter in the focused row.
 */
final class ListGrid extends Grid<ListRow> {

    private ListRow focused;

    ListGrid(List<ListField> columns, int pageSize, Language language, CellFormat format) {
        setId("rows");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setPageSize(pageSize);
        setMultiSort(true);
        for (int i = 0; i < columns.size(); i++) {
            ListField field = columns.get(i);
            int index = i;
            Column<ListRow> column = addColumn(row -> format.text(field, row.value(index)))
                    .setKey(field.path())
                    .setHeader(field.label().in(language.code()))
                    .setSortable(true)
                    .setResizable(true);
            if (field.width() != null) {
                column.setWidth(field.width()).setFlexGrow(0);
            }
            if (field.kind() == ListField.Kind.NUMBER) {
                column.setTextAlign(ColumnTextAlign.END);
            }
        }
        addCellFocusListener(cell -> focused = cell.getItem().orElse(null));
    }

    /** Calls {@code open} with a row the user double-clicks, or presses Enter on. */
    void onOpen(Consumer<ListRow> open) {
        addItemDoubleClickListener(click -> open.accept(click.getItem()));
        Shortcuts.addShortcutListener(this, () -> {
            if (focused != null) {
                open.accept(focused);
            }
        }, Key.ENTER).listenOn(this);
    }

    /** Calls {@code sorted} with the sort keys the user chose in the headers. */
    void onSort(Consumer<List<Sort>> sorted) {
        addSortListener(event -> sorted.accept(event.getSortOrder().stream()
                .map(order -> new Sort(order.getSorted().getKey(), order.getDirection() == SortDirection.ASCENDING
                        ? SortKey.Direction.ASC : SortKey.Direction.DESC))
                .toList()));
    }

    /** Shows only the columns of {@code paths}. */
    void showColumns(List<String> paths) {
        getColumns().forEach(column -> column.setVisible(paths.contains(column.getKey())));
    }

    /** Shows {@code keys} as the headers' sort indicators. */
    void showSort(List<Sort> keys) {
        List<GridSortOrder<ListRow>> order = new ArrayList<>();
        for (Sort key : keys) {
            Optional.ofNullable(getColumnByKey(key.field())).ifPresent(column -> order.add(new GridSortOrder<>(column,
                    key.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
        }
        if (!sameOrder(order, getSortOrder())) {
            sort(order);
        }
    }

    private static boolean sameOrder(List<GridSortOrder<ListRow>> a, List<GridSortOrder<ListRow>> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).getSorted() != b.get(i).getSorted() || a.get(i).getDirection() != b.get(i).getDirection()) {
                return false;
            }
        }
        return true;
    }
}
