package org.daftar.ui.list;

import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.daftar.ui.i18n.Language;

/**
 * "Columns": a menu with a check per column of the list; unchecking hides the column. Tells the
 * list the paths of the columns shown, in the list's order. At least one column stays shown.
 * Each item's id is {@code column-PATH}, with dots as dashes. The items are made when the menu
 * opens ({@link MenuButton}).
 */
final class ColumnChooser extends MenuButton {

    private final List<ListField> columns;
    private final Language language;
    private final Consumer<List<String>> onShown;
    private final Map<String, MenuItem> items = new LinkedHashMap<>();
    private List<String> shown = List.of();

    ColumnChooser(List<ListField> columns, Language language, String caption, Consumer<List<String>> shown) {
        super("columns");
        this.columns = columns;
        this.language = language;
        this.onShown = shown;
        setText(caption);
    }

    /** Checks the columns shown ({@code paths} empty: all). */
    void show(List<String> paths) {
        shown = List.copyOf(paths);
        items.forEach((path, item) -> item.setChecked(paths.isEmpty() || paths.contains(path)));
    }

    @Override
    protected void fill(ContextMenu menu) {
        items.clear();
        for (ListField column : columns) {
            MenuItem item = menu.addItem(column.label().in(language.code()));
            item.setId("column-" + column.path().replace('.', '-'));
            item.setCheckable(true);
            item.setChecked(shown.isEmpty() || shown.contains(column.path()));
            item.setKeepOpen(true);
            items.put(column.path(), item);
            item.addClickListener(click -> {
                if (shownPaths().isEmpty()) {
                    item.setChecked(true);
                    return;
                }
                onShown.accept(shownPaths());
            });
        }
    }

    private List<String> shownPaths() {
        return items.entrySet().stream().filter(e -> e.getValue().isChecked()).map(Map.Entry::getKey).toList();
    }
}
