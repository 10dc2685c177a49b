package org.daftar.designer.preview;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.daftar.model.Definitions;
import org.daftar.model.list.ListDef;
import org.daftar.ui.list.ListField;
import org.daftar.ui.list.ListFields;

/**
 * A list of the draft as staff will see it: its columns, resolved and labelled as the list screen
 * does ({@link ListFields}), in order, with their widths. Its rows appear once the list is published.
 */
public class ListPreview extends Composite<Div> {

    private final Grid<Map<String, Object>> grid = new Grid<>();

    private ListPreview(ListDef list, List<ListField> columns, Locale locale) {
        setId("list-preview");
        grid.setId("list-preview-grid");
        for (ListField column : columns) {
            Grid.Column<Map<String, Object>> added = grid.addColumn(row -> row.get(column.path()))
                    .setHeader(column.label().in(locale)).setKey(column.path());
            if (column.width() != null) {
                added.setWidth(column.width());
            }
        }
        grid.setItems(List.of());
        grid.setAllRowsVisible(true);
        getContent().add(new H3(list.label().in(locale)), grid);
    }

    public static Optional<ListPreview> of(Definitions definitions, String app, String list, Locale locale) {
        return definitions.app(app).flatMap(a -> a.list(list))
                .map(def -> new ListPreview(def, new ListFields(definitions).columns(def, Set.of()), locale));
    }

    /** The column headers, in order. */
    public List<String> headers() {
        return grid.getColumns().stream().map(Grid.Column::getHeaderText).toList();
    }
}
