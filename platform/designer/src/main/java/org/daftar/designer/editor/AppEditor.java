package org.daftar.designer.editor;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.daftar.designer.yaml.Nodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The editor of an app: labels and description in English and Arabic, icon, theme, its entities
 * (kept in step by the designer as entity files are added and deleted) and its menu (lists, forms
 * and reports, added, reordered and removed).
 */
public class AppEditor extends Composite<VerticalLayout> {

    static final List<String> MENU_KINDS = List.of("list", "form", "report");

    private final OrderedRows menu;

    public AppEditor(EditorContext context) {
        ObjectNode app = context.document();
        setId("app-editor");
        Runnable save = context::save;
        TextField id = new TextField(context.t("editor.id"), Nodes.text(app, "id"), "");
        id.setId("app-id");
        id.setReadOnly(true);
        TextField entities = new TextField(context.t("editor.entities"), String.join(", ", Nodes.strings(app, "entities")), "");
        entities.setId("app-entities");
        entities.setReadOnly(true);
        FormLayout head = new FormLayout(id,
                Inputs.label("app-label-en", context.t("editor.labelEn"), app, "label", "en", save),
                Inputs.label("app-label-ar", context.t("editor.labelAr"), app, "label", "ar", save),
                Inputs.label("app-description-en", context.t("editor.descriptionEn"), app, "description", "en", save),
                Inputs.label("app-description-ar", context.t("editor.descriptionAr"), app, "description", "ar", save),
                Inputs.text("app-icon", context.t("editor.icon"), app, "icon", save),
                Inputs.choice("app-theme", context.t("editor.theme"), List.of("default", "dark", "high-contrast"), app, "theme", save),
                entities);
        menu = new OrderedRows("menu", context.texts(), () -> Nodes.array(app, "menu"), save);
        menu.grid().addColumn(row -> describe(row.node(), context)).setHeader(context.t("editor.menuItem"));
        Select<String> kind = new Select<>();
        kind.setId("new-menu-kind");
        kind.setItems(MENU_KINDS);
        kind.setItemLabelGenerator(k -> context.t("editor.kind." + k));
        ComboBox<String> target = new ComboBox<>();
        target.setId("new-menu-target");
        kind.addValueChangeListener(event -> target.setItems(event.getValue() == null ? List.of() : context.app().ids(event.getValue())));
        kind.setValue("list");
        Button add = new Button(context.t("editor.addMenuItem"), click -> {
            if (kind.getValue() != null && target.getValue() != null) {
                Nodes.array(app, "menu").addObject().put(kind.getValue(), target.getValue());
                target.clear();
                save.run();
                menu.refresh();
            }
        });
        add.setId("add-menu-item");
        menu.addToToolbar(kind, target, add);
        getContent().setPadding(false);
        getContent().add(head, new H3(context.t("editor.menu")), menu);
    }

    public OrderedRows menu() {
        return menu;
    }

    private static String describe(JsonNode item, EditorContext context) {
        if (item.has("group")) {
            return context.t("editor.kind.group") + ": " + Nodes.label(item, "group", context.code());
        }
        for (String kind : MENU_KINDS) {
            if (item.has(kind)) {
                return context.t("editor.kind." + kind) + ": " + Nodes.text(item, kind);
            }
        }
        return item.toString();
    }
}
