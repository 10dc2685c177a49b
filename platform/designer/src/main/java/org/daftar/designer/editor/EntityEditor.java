package org.daftar.designer.editor;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.daftar.designer.yaml.Nodes;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The editor of an entity: its labels and display name, and its fields in a grid (id, name, type,
 * labels, required, unique) that the admin adds to, reorders (drag and drop, or move up / down)
 * and removes from. The selected field is edited below the grid ({@link FieldEditor}).
 */
public class EntityEditor extends Composite<VerticalLayout> {

    private static final String ID = "[a-z][a-z0-9_]{0,49}";

    private final EditorContext context;
    private final ObjectNode entity;
    private final OrderedRows fields;
    private final Div details = new Div();
    private final TextField newId = new TextField();
    private final ComboBox<String> newType = new ComboBox<>();
    private final Span problem = new Span();

    public EntityEditor(EditorContext context) {
        this.context = context;
        this.entity = context.document();
        setId("entity-editor");
        Runnable save = context::save;
        TextField id = new TextField(context.t("editor.id"), Nodes.text(entity, "id"), "");
        id.setId("entity-id");
        id.setReadOnly(true);
        FormLayout head = new FormLayout(id,
                Inputs.label("entity-label-en", context.t("editor.labelEn"), entity, "label", "en", save),
                Inputs.label("entity-label-ar", context.t("editor.labelAr"), entity, "label", "ar", save),
                Inputs.label("entity-plural-en", context.t("editor.pluralEn"), entity, "pluralLabel", "en", save),
                Inputs.label("entity-plural-ar", context.t("editor.pluralAr"), entity, "pluralLabel", "ar", save),
                Inputs.text("entity-display-name", context.t("editor.displayName"), entity, "displayName", save));
        fields = new OrderedRows("fields", context.texts(), () -> Nodes.array(entity, "fields"), this::fieldsChanged);
        fields.grid().addColumn(row -> Nodes.text(row.node(), "id")).setHeader(context.t("editor.id"));
        fields.grid().addColumn(row -> AppLookup.fieldName(row.node())).setHeader(context.t("editor.name"));
        fields.grid().addColumn(row -> Nodes.text(row.node(), "type")).setHeader(context.t("editor.type"));
        fields.grid().addColumn(row -> Nodes.label(row.node(), "label", "en")).setHeader(context.t("editor.labelEn"));
        fields.grid().addColumn(row -> Nodes.label(row.node(), "label", "ar")).setHeader(context.t("editor.labelAr"));
        fields.grid().addColumn(row -> Nodes.flag(row.node(), "required") ? "✓" : "").setHeader(context.t("editor.required"));
        fields.grid().addColumn(row -> Nodes.flag(row.node(), "unique") ? "✓" : "").setHeader(context.t("editor.unique"));
        newId.setId("new-field-id");
        newId.setPlaceholder(context.t("editor.newFieldId"));
        newType.setId("new-field-type");
        newType.setItems(FieldKeys.types());
        newType.setValue("text");
        Button add = new Button(context.t("editor.addField"), click -> addField());
        add.setId("add-field");
        problem.setId("entity-problem");
        fields.addToToolbar(newId, newType, add, problem);
        fields.onSelect(this::showField);
        details.setId("field-details");
        getContent().setPadding(false);
        getContent().add(head, new H3(context.t("editor.fields")), fields, details);
    }

    public OrderedRows fields() {
        return fields;
    }

    /** Adds a field of the id and type typed in the "new field" row, at the end, and selects it. */
    void addField() {
        String id = newId.getValue().strip();
        ArrayNode array = Nodes.array(entity, "fields");
        if (!id.matches(ID)) {
            problem.setText(context.t("editor.badId", id));
            return;
        }
        if (AppLookup.fieldNames(entity).contains(id)
                || java.util.stream.StreamSupport.stream(array.spliterator(), false).anyMatch(f -> Nodes.text(f, "id").equals(id))) {
            problem.setText(context.t("editor.fieldExists", id));
            return;
        }
        problem.setText("");
        ObjectNode field = array.addObject();
        field.put("id", id);
        field.put("type", newType.getValue() == null ? "text" : newType.getValue());
        Nodes.setLabel(field, "label", "en", Labels.fromId(id));
        if ("choice".equals(Nodes.text(field, "type"))) {
            ObjectNode option = field.putArray("options").addObject();
            option.put("value", "one");
            Nodes.setLabel(option, "label", "en", "One");
        }
        newId.clear();
        context.save();
        fields.refresh();
        fields.select(array.size() - 1);
    }

    private void fieldsChanged() {
        context.save();
        details.removeAll();
    }

    private void showField(Optional<OrderedRows.Row> row) {
        details.removeAll();
        row.ifPresent(selected -> details.add(new FieldEditor(context, entity, (ObjectNode) selected.node(), () -> {
            context.save();
            fields.refresh();
        })));
    }
}
