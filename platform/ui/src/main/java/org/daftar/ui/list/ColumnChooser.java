package org.daftar.ui.list;

import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.daftar.ui.i18n.Language;

/**
 * "Columns": a menu with a check per column of the list; unchecking hides the column. Tells the
 * list the paths of the columns shown, in the list's order. At least one column stays shown.
 * Each item's id is {@code column-PATH}, with dots as dashes.
 */
final class ColumnChooser extends MenuBar {

    private final Map<String, MenuItem> items = new LinkedHashMap<>();

    ColumnChooser(List<ListField> columns, Language language, String caption, Consumer<List<String>> shown) {
        setId("columns");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        SubMenu menu = addItem(caption).getSubMenu();
        for (ListField column : columns) {
            MenuItem item = menu.addItem(column.label().in(language.code()));
            item.setId("column-" + column.path().replace('.', '-'));
            item.setCheckable(true);
            item.setChecked(true);
            item.setKeepOpen(true);
            items.put(column.path(), item);
            item.addClickListener(click -> {
                if (shownPaths().isEmpty()) {
                    item.setChecked(true);
                    return;
                }
                shown.accept(shownPaths());
            });
        }
    }

    /** Checks the columns shown ({@code paths} empty: all). */
    void show(List<String> paths) {
        items.forEach((path, item) -> item.setChecked(paths.isEmpty() || paths.contains(path)));
    }

    private List<String> shownPaths() {
        return items.entrySet().stream().filter(e -> e.getValue().isChecked()).map(Map.Entry::getKey).toList();
    }
}
