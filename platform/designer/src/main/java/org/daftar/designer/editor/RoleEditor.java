package org.daftar.designer.editor;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.daftar.designer.yaml.Nodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The editor of a role: its label and built-in base, and per entity the actions it grants (check
 * boxes), the row rule, and the hidden and read-only fields.
 */
public class RoleEditor extends Composite<VerticalLayout> {

    static final List<String> ACTIONS = List.of("create", "read", "update", "delete", "export", "import");

    private final EditorContext context;
    private final ObjectNode role;
    private final OrderedRows permissions;
    private final Div details = new Div();

    public RoleEditor(EditorContext context) {
        this.context = context;
        this.role = context.document();
        setId("role-editor");
        Runnable save = context::save;
        TextField id = new TextField(context.t("editor.id"), Nodes.text(role, "id"), "");
        id.setId("role-id");
        id.setReadOnly(true);
        FormLayout head = new FormLayout(id,
                Inputs.label("role-label-en", context.t("editor.labelEn"), role, "label", "en", save),
                Inputs.label("role-label-ar", context.t("editor.labelAr"), role, "label", "ar", save),
                Inputs.choice("role-based-on", context.t("editor.basedOn"), List.of("staff", "manager", "admin"), role, "basedOn", save));
        permissions = new OrderedRows("permissions", context.texts(), () -> Nodes.array(role, "permissions"), () -> {
            save.run();
            details.removeAll();
        });
        permissions.grid().addColumn(row -> Nodes.text(row.node(), "entity")).setHeader(context.t("editor.entity"));
        permissions.grid().addColumn(row -> String.join(", ", Nodes.strings(row.node(), "actions"))).setHeader(context.t("editor.actions"));
        permissions.grid().addColumn(row -> Nodes.text(row.node(), "rows")).setHeader(context.t("editor.rows"));
        ComboBox<String> entity = new ComboBox<>();
        entity.setId("new-permission-entity");
        entity.setPlaceholder(context.t("editor.entity"));
        entity.setItems(context.app().ids("entity"));
        Button add = new Button(context.t("editor.addPermission"), click -> {
            if (entity.getValue() != null) {
                ObjectNode permission = Nodes.array(role, "permissions").addObject();
                permission.put("entity", entity.getValue());
                permission.putArray("actions").add("read");
                entity.clear();
                save.run();
                permissions.refresh();
                permissions.select(Nodes.array(role, "permissions").size() - 1);
            }
        });
        add.setId("add-permission");
        permissions.addToToolbar(entity, add);
        permissions.onSelect(this::showPermission);
        details.setId("permission-details");
        getContent().setPadding(false);
        getContent().add(head, new H3(context.t("editor.permissions")), permissions, details);
    }

    public OrderedRows permissions() {
        return permissions;
    }

    private void showPermission(Optional<OrderedRows.Row> row) {
        details.removeAll();
        if (row.isEmpty()) {
            return;
        }
        ObjectNode permission = (ObjectNode) row.get().node();
        Runnable save = () -> {
            context.save();
            permissions.refresh();
        };
        CheckboxGroup<String> actions = new CheckboxGroup<>(context.t("editor.actions"));
        actions.setId("permission-actions");
        actions.setItems(ACTIONS);
        actions.setItemLabelGenerator(action -> context.t("editor.action." + action));
        actions.setValue(new LinkedHashSet<>(Nodes.strings(permission, "actions")));
        actions.addValueChangeListener(event -> {
            Nodes.setStrings(permission, "actions", ACTIONS.stream().filter(event.getValue()::contains).toList());
            save.run();
        });
        List<String> fields = context.app().fieldNames(Nodes.text(permission, "entity"));
        MultiSelectComboBox<String> hidden = fieldSet("permission-hidden", context.t("editor.hidden"), fields, permission, "hidden", save);
        MultiSelectComboBox<String> readOnly = fieldSet("permission-read-only", context.t("editor.readOnly"), fields, permission,
                "read-only", save);
        details.add(new FormLayout(actions, Inputs.text("permission-rows", context.t("editor.rows"), permission, "rows", save),
                hidden, readOnly));
    }

    /** The fields that {@code fields:} marks {@code mode} ({@code hidden} or {@code read-only}). */
    private static MultiSelectComboBox<String> fieldSet(String id, String label, List<String> names, ObjectNode permission,
            String mode, Runnable save) {
        MultiSelectComboBox<String> box = new MultiSelectComboBox<>(label);
        box.setId(id);
        box.setItems(names);
        box.setValue(marked(permission, mode));
        box.addValueChangeListener(event -> {
            ObjectNode byName = permission.has("fields") && permission.get("fields").isObject() ? (ObjectNode) permission.get("fields")
                    : permission.putObject("fields");
            new ArrayList<>(byName.propertyNames()).stream().filter(name -> mode.equals(Nodes.text(byName, name)))
                    .forEach(byName::remove);
            names.stream().filter(event.getValue()::contains).forEach(name -> byName.put(name, mode));
            if (byName.isEmpty()) {
                permission.remove("fields");
            }
            save.run();
        });
        return box;
    }

    private static Set<String> marked(ObjectNode permission, String mode) {
        Set<String> names = new LinkedHashSet<>();
        JsonNode fields = permission.get("fields");
        if (fields != null && fields.isObject()) {
            fields.propertyNames().forEach(name -> {
                if (mode.equals(Nodes.text(fields, name))) {
                    names.add(name);
                }
            });
        }
        return names;
    }
}
