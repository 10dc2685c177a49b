package org.daftar.ui.search;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.daftar.ui.i18n.Language;

/**
 * The popup under the search field: the records found, under the label of their entity, or a
 * "no results" text. One record is chosen at a time (the first, then as the arrow keys move);
 * Enter or a click opens it. Made when the user first types, so a page that never searches pays
 * nothing for it.
 */
final class SearchResults extends Popover {

    static final String SELECTED = "daftar-search-selected";

    private final Div content = new Div();
    private final List<Div> items = new ArrayList<>();
    private final List<RecordSearch.Hit> hits = new ArrayList<>();
    private final Consumer<RecordSearch.Hit> open;
    private int selected = -1;

    /** @param open what opens a chosen record */
    SearchResults(Component field, Consumer<RecordSearch.Hit> open) {
        this.open = open;
        setOpenOnClick(false);
        setAutofocus(false);
        setPosition(PopoverPosition.BOTTOM_START);
        setTarget(field);
        content.setId("search-results");
        content.addClassName("daftar-search-results");
        content.getElement().setAttribute("role", "listbox");
        add(content);
    }

    /** Shows {@code groups} in {@code language}, or {@code none} when there are none, and opens the popup. */
    void show(List<RecordSearch.Group> groups, Language language, String none) {
        content.removeAll();
        items.clear();
        hits.clear();
        selected = -1;
        if (groups.isEmpty()) {
            Div empty = new Div(none);
            empty.setId("search-none");
            empty.addClassName("daftar-search-none");
            content.add(empty);
        }
        for (RecordSearch.Group group : groups) {
            Div heading = new Div(group.label().in(language.code()));
            heading.addClassName("daftar-search-group");
            content.add(heading);
            group.hits().forEach(this::add);
        }
        if (!items.isEmpty()) {
            select(0);
        }
        open();
    }

    private void add(RecordSearch.Hit hit) {
        Div item = new Div(hit.name());
        item.addClassName("daftar-search-hit");
        item.getElement().setAttribute("role", "option");
        item.addClickListener(click -> open.accept(hit));
        items.add(item);
        hits.add(hit);
        content.add(item);
    }

    /** Chooses the record {@code step} places further (−1: the one above), going round at the ends. */
    void move(int step) {
        if (!items.isEmpty()) {
            select(Math.floorMod(selected + step, items.size()));
        }
    }

    private void select(int index) {
        if (selected >= 0) {
            items.get(selected).removeClassName(SELECTED);
            items.get(selected).getElement().removeAttribute("aria-selected");
        }
        selected = index;
        Div item = items.get(index);
        item.addClassName(SELECTED);
        item.getElement().setAttribute("aria-selected", "true");
        item.scrollIntoView();
    }

    /** The record chosen, while the popup is open. */
    Optional<RecordSearch.Hit> chosen() {
        return isOpened() && selected >= 0 ? Optional.of(hits.get(selected)) : Optional.empty();
    }

    /** The names shown, in order: what the user sees to choose from. */
    List<String> names() {
        return hits.stream().map(RecordSearch.Hit::name).toList();
    }
}
