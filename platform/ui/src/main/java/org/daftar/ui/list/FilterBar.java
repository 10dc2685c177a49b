package org.daftar.ui.list;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.daftar.ui.i18n.Language;

/**
 * The list's filters, one {@link FilterField} per filterable field, in a panel that opens when a
 * filter is set; "Clear filters" removes them all. Tells the list each change as (path, filter).
 * The fields are made when the panel first opens: a list whose filters are not used costs its
 * session nothing for them.
 */
final class FilterBar extends Details {

    private final List<ListField> filterable;
    private final Language language;
    private final Function<String, String> texts;
    private final BiConsumer<String, ColumnFilter> changed;
    private final Runnable cleared;
    private List<FilterField> fields;

    FilterBar(List<ListField> filterable, Language language, Function<String, String> texts,
            BiConsumer<String, ColumnFilter> changed, Runnable cleared) {
        this.filterable = filterable;
        this.language = language;
        this.texts = texts;
        this.changed = changed;
        this.cleared = cleared;
        setId("filters");
        setSummaryText(texts.apply("list.filters"));
        setVisible(!filterable.isEmpty());
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                fields();
            }
        });
    }

    /** Shows the filters of {@code state} (without reporting them back as changes). */
    void show(ListState state) {
        if (fields == null && state.filters().isEmpty()) {
            return;
        }
        for (FilterField field : fields()) {
            ColumnFilter filter = state.filters().get(field.field().path());
            if (!java.util.Objects.equals(field.getValue(), filter)) {
                field.setValue(filter);
            }
        }
        if (!state.filters().isEmpty()) {
            setOpened(true);
        }
    }

    /** The filter fields, made now if the panel has not been opened yet. */
    List<FilterField> fields() {
        if (fields == null) {
            fields = filterable.stream().map(field -> new FilterField(field, language, texts)).toList();
            Div row = new Div();
            row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                    .set("align-items", "end");
            for (FilterField field : fields) {
                field.addValueChangeListener(change -> changed.accept(field.field().path(), change.getValue()));
                row.add(field);
            }
            Button clear = new Button(texts.apply("list.filter.clear"), click -> cleared.run());
            clear.setId("clear-filters");
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            row.add(clear);
            add(row);
        }
        return fields;
    }
}
