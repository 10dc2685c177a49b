package org.daftar.designer.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.daftar.designer.yaml.Nodes;
import tools.jackson.databind.node.ObjectNode;

/**
 * The editor of one field: its name (renaming keeps the id, so the data is kept, and updates the
 * app's forms, lists and roles that name it), type, labels, required and unique, and the keys of
 * its type only (length, precision, bounds, currency, the target entity, the choices).
 */
public class FieldEditor extends Composite<VerticalLayout> {

    private final EditorContext context;
    private final ObjectNode entity;
    private final ObjectNode field;
    private final Runnable changed;
    private final Div own = new Div();

    public FieldEditor(EditorContext context, ObjectNode entity, ObjectNode field, Runnable changed) {
        this.context = context;
        this.entity = entity;
        this.field = field;
        this.changed = changed;
        setId("field-editor");
        TextField name = new TextField(context.t("editor.name"), AppLookup.fieldName(field), "");
        name.setId("field-name");
        name.setHelperText(context.t("editor.renameHelp", Nodes.text(field, "id")));
        name.addValueChangeListener(event -> {
            boolean ok = rename(event.getValue().strip());
            name.setInvalid(!ok);
            name.setErrorMessage(ok ? null : context.t("editor.badId", event.getValue()));
        });
        ComboBox<String> type = Inputs.choice("field-type", context.t("editor.type"), FieldKeys.types(), field, "type", () -> {
            dropKeysOfOtherTypes();
            showOwnKeys();
            changed.run();
        });
        FormLayout common = new FormLayout(name, type,
                Inputs.label("field-label-en", context.t("editor.labelEn"), field, "label", "en", changed),
                Inputs.label("field-label-ar", context.t("editor.labelAr"), field, "label", "ar", changed),
                Inputs.flag("field-required", context.t("editor.required"), field, "required", changed),
                Inputs.flag("field-unique", context.t("editor.unique"), field, "unique", changed));
        getContent().setPadding(false);
        getContent().add(new H4(context.t("editor.field", Nodes.text(field, "id"))), common, own);
        showOwnKeys();
    }

    /** Renames the field; false when {@code newName} is not a name or another field has it. */
    private boolean rename(String newName) {
        String oldName = AppLookup.fieldName(field);
        if (newName.equals(oldName)) {
            return true;
        }
        if (!newName.matches("[a-z][a-z0-9_]{0,62}") || AppLookup.fieldNames(entity).contains(newName)) {
            return false;
        }
        if (newName.equals(Nodes.text(field, "id"))) {
            field.remove("name");
        } else {
            field.put("name", newName);
        }
        FieldRename rename = new FieldRename(oldName, newName);
        rename.inEntity(entity);
        rename.inApp(context.app(), Nodes.text(entity, "id"));
        changed.run();
        return true;
    }

    private void dropKeysOfOtherTypes() {
        List<String> kept = FieldKeys.of(Nodes.text(field, "type"));
        FieldKeys.ALL.stream().filter(key -> !kept.contains(key)).forEach(field::remove);
        if (kept.contains("options") && !field.has("options")) {
            ObjectNode option = field.putArray("options").addObject();
            option.put("value", "one");
            Nodes.setLabel(option, "label", "en", "One");
        }
    }

    private void showOwnKeys() {
        own.removeAll();
        String type = Nodes.text(field, "type");
        List<Component> inputs = new ArrayList<>();
        for (String key : FieldKeys.of(type)) {
            switch (key) {
                case "options" -> { }
                case "multiple" -> inputs.add(Inputs.flag("field-multiple", context.t("editor.key.multiple"), field, key, changed));
                case "entity" -> inputs.add(Inputs.choice("field-entity", context.t("editor.key.entity"),
                        context.app().ids("entity"), field, key, changed));
                case "pattern", "currency", "currencyField", "expression", "resultType", "maxSize" ->
                        inputs.add(Inputs.text("field-" + key, context.t("editor.key." + key), field, key, changed));
                default -> inputs.add(Inputs.number("field-" + key, context.t("editor.key." + key), field, key, changed));
            }
        }
        own.add(new FormLayout(inputs.toArray(Component[]::new)));
        if (FieldKeys.of(type).contains("options")) {
            own.add(new ChoicesEditor(context, field, changed));
        }
    }
}
