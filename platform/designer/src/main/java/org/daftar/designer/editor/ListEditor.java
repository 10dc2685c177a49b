package org.daftar.designer.editor;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.daftar.designer.yaml.Nodes;
import tools.jackson.databind.node.ObjectNode;

/**
 * The editor of a list: the entity, label, the form that opens a row, the condition ({@code where})
 * and page size; its columns and its sort order (each added, reordered and removed).
 */
public class ListEditor extends Composite<VerticalLayout> {

    private final EditorContext context;
    private final ObjectNode list;
    private final OrderedRows columns;
    private final OrderedRows sort;

    public ListEditor(EditorContext context) {
        this.context = context;
        this.list = context.document();
        setId("list-editor");
        Runnable save = context::save;
        TextField id = new TextField(context.t("editor.id"), Nodes.text(list, "id"), "");
        id.setId("list-id");
        id.setReadOnly(true);
        FormLayout head = new FormLayout(id,
                Inputs.choice("list-entity", context.t("editor.entity"), context.app().ids("entity"), list, "entity", save),
                Inputs.label("list-label-en", context.t("editor.labelEn"), list, "label", "en", save),
                Inputs.label("list-label-ar", context.t("editor.labelAr"), list, "label", "ar", save),
                Inputs.choice("list-form", context.t("editor.form"), context.app().ids("form"), list, "form", save),
                Inputs.text("list-where", context.t("editor.where"), list, "where", save),
                Inputs.number("list-page-size", context.t("editor.pageSize"), list, "pageSize", save));
        columns = new OrderedRows("columns", context.texts(), () -> Nodes.array(list, "columns"), save);
        columns.grid().addColumn(row -> Nodes.fieldName(row.node())).setHeader(context.t("editor.column"));
        ComboBox<String> newColumn = new ComboBox<>();
        newColumn.setId("new-column");
        newColumn.setPlaceholder(context.t("editor.addColumn"));
        newColumn.setAllowCustomValue(true);
        newColumn.addCustomValueSetListener(event -> newColumn.setValue(event.getDetail()));
        newColumn.setItems(context.app().fieldNames(Nodes.text(list, "entity")));
        Button addColumn = new Button(context.t("editor.addColumnButton"), click -> {
            if (newColumn.getValue() != null && !newColumn.getValue().isBlank()) {
                Nodes.array(list, "columns").add(newColumn.getValue().strip());
                newColumn.clear();
                save.run();
                columns.refresh();
            }
        });
        addColumn.setId("add-column");
        columns.addToToolbar(newColumn, addColumn);
        sort = new OrderedRows("sort", context.texts(), () -> Nodes.array(list, "sort"), save);
        sort.grid().addColumn(row -> Nodes.fieldName(row.node())).setHeader(context.t("editor.field.name"));
        sort.grid().addColumn(row -> "desc".equals(Nodes.text(row.node(), "direction")) ? context.t("editor.descending")
                : context.t("editor.ascending")).setHeader(context.t("editor.direction"));
        ComboBox<String> sortField = new ComboBox<>();
        sortField.setId("new-sort-field");
        sortField.setPlaceholder(context.t("editor.addSort"));
        sortField.setItems(context.app().fieldNames(Nodes.text(list, "entity")));
        Select<String> direction = new Select<>();
        direction.setId("new-sort-direction");
        direction.setItems("asc", "desc");
        direction.setItemLabelGenerator(d -> d.equals("desc") ? context.t("editor.descending") : context.t("editor.ascending"));
        direction.setValue("asc");
        Button addSort = new Button(context.t("editor.addSortButton"), click -> {
            if (sortField.getValue() != null) {
                ObjectNode key = Nodes.array(list, "sort").addObject();
                key.put("field", sortField.getValue());
                if ("desc".equals(direction.getValue())) {
                    key.put("direction", "desc");
                }
                sortField.clear();
                save.run();
                sort.refresh();
            }
        });
        addSort.setId("add-sort");
        sort.addToToolbar(sortField, direction, addSort);
        getContent().setPadding(false);
        getContent().add(head, new H3(context.t("editor.columnsTitle")), columns, new H3(context.t("editor.sortTitle")), sort);
    }

    public OrderedRows columns() {
        return columns;
    }

    public OrderedRows sort() {
        return sort;
    }
}
