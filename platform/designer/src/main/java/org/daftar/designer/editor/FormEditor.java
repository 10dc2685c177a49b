package org.daftar.designer.editor;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import org.daftar.designer.yaml.Nodes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The editor of a form: the entity, label and columns; its sections (added, reordered by drag and
 * drop or move up / down, removed); and the fields of the selected section, each with its rules
 * ({@code visibleWhen}, {@code requiredWhen}, {@code readOnlyWhen}) and default. A field with no
 * option is written as its plain name, one with options as {@code {field: NAME, ...}}.
 */
public class FormEditor extends Composite<VerticalLayout> {

    static final List<String> OPTIONS = List.of("visibleWhen", "requiredWhen", "readOnlyWhen", "default");

    private final EditorContext context;
    private final ObjectNode form;
    private final OrderedRows sections;
    private final Div section = new Div();
    private OrderedRows fields;

    public FormEditor(EditorContext context) {
        this.context = context;
        this.form = context.document();
        setId("form-editor");
        Runnable save = context::save;
        TextField id = new TextField(context.t("editor.id"), Nodes.text(form, "id"), "");
        id.setId("form-id");
        id.setReadOnly(true);
        FormLayout head = new FormLayout(id,
                Inputs.choice("form-entity", context.t("editor.entity"), context.app().ids("entity"), form, "entity", save),
                Inputs.label("form-label-en", context.t("editor.labelEn"), form, "label", "en", save),
                Inputs.label("form-label-ar", context.t("editor.labelAr"), form, "label", "ar", save),
                Inputs.number("form-columns", context.t("editor.columns"), form, "columns", save));
        sections = new OrderedRows("sections", context.texts(), () -> Nodes.array(form, "sections"), () -> {
            context.save();
            section.removeAll();
        });
        sections.grid().addColumn(row -> Nodes.text(row.node(), "id")).setHeader(context.t("editor.id"));
        sections.grid().addColumn(row -> Nodes.label(row.node(), "label", context.code())).setHeader(context.t("editor.label"));
        sections.grid().addColumn(row -> String.join(", ", Nodes.strings(row.node(), "fields"))).setHeader(context.t("editor.fields"));
        TextField newSection = new TextField();
        newSection.setId("new-section-id");
        newSection.setPlaceholder(context.t("editor.newSectionId"));
        Span problem = new Span();
        Button add = new Button(context.t("editor.addSection"), click -> {
            String sectionId = newSection.getValue().strip();
            ArrayNode all = Nodes.array(form, "sections");
            if (!sectionId.matches("[a-z][a-z0-9_]{0,49}") || all.valueStream().anyMatch(s -> Nodes.text(s, "id").equals(sectionId))) {
                problem.setText(context.t("editor.badId", sectionId));
                return;
            }
            problem.setText("");
            ObjectNode created = all.addObject();
            created.put("id", sectionId);
            Nodes.setLabel(created, "label", "en", Labels.fromId(sectionId));
            created.putArray("fields");
            newSection.clear();
            context.save();
            sections.refresh();
            sections.select(all.size() - 1);
        });
        add.setId("add-section");
        sections.addToToolbar(newSection, add, problem);
        sections.onSelect(this::showSection);
        section.setId("section-details");
        getContent().setPadding(false);
        getContent().add(head, new H3(context.t("editor.sections")), sections, section);
    }

    public OrderedRows sections() {
        return sections;
    }

    /** The fields of the selected section, once one is selected. */
    public Optional<OrderedRows> fields() {
        return Optional.ofNullable(fields);
    }

    private void showSection(Optional<OrderedRows.Row> row) {
        section.removeAll();
        fields = null;
        if (row.isEmpty()) {
            return;
        }
        ObjectNode selected = (ObjectNode) row.get().node();
        Runnable save = () -> {
            context.save();
            sections.refresh();
        };
        FormLayout head = new FormLayout(
                Inputs.label("section-label-en", context.t("editor.labelEn"), selected, "label", "en", save),
                Inputs.label("section-label-ar", context.t("editor.labelAr"), selected, "label", "ar", save),
                Inputs.number("section-columns", context.t("editor.columns"), selected, "columns", save));
        Div options = new Div();
        options.setId("form-field-details");
        fields = new OrderedRows("form-fields", context.texts(), () -> Nodes.array(selected, "fields"), () -> {
            save.run();
            options.removeAll();
        });
        fields.grid().addColumn(r -> Nodes.fieldName(r.node())).setHeader(context.t("editor.field.name"));
        fields.grid().addColumn(r -> rules(r.node())).setHeader(context.t("editor.rules"));
        ComboBox<String> newField = new ComboBox<>();
        newField.setId("new-form-field");
        newField.setPlaceholder(context.t("editor.addFormField"));
        newField.setItems(unplacedFields());
        Button add = new Button(context.t("editor.addFormFieldButton"), click -> {
            if (newField.getValue() != null) {
                Nodes.array(selected, "fields").add(newField.getValue());
                newField.clear();
                newField.setItems(unplacedFields());
                save.run();
                fields.refresh();
            }
        });
        add.setId("add-form-field");
        fields.addToToolbar(newField, add);
        OrderedRows shown = fields;
        fields.onSelect(r -> {
            options.removeAll();
            r.ifPresent(entry -> options.add(fieldOptions(selected, entry.index(), () -> {
                save.run();
                shown.refresh();
            })));
        });
        section.add(new H4(context.t("editor.section", Nodes.text(selected, "id"))), head, fields, options);
    }

    /** The options of one field of a section; the entry becomes {@code {field: ...}} when it has any. */
    private FormLayout fieldOptions(ObjectNode section, int index, Runnable save) {
        ArrayNode entries = Nodes.array(section, "fields");
        JsonNode entry = entries.get(index);
        ObjectNode options;
        if (entry instanceof ObjectNode object) {
            options = object;
        } else {
            options = context.document().objectNode();
            options.put("field", entry.asString());
        }
        Runnable write = () -> {
            boolean plain = options.size() == 1 && options.has("field");
            entries.set(index, plain ? StringNode.valueOf(Nodes.text(options, "field")) : options);
            save.run();
        };
        FormLayout layout = new FormLayout();
        for (String key : OPTIONS) {
            layout.add(Inputs.text("form-field-" + key, context.t("editor.rule." + key), options, key, write));
        }
        layout.add(Inputs.number("form-field-colspan", context.t("editor.colspan"), options, "colspan", write));
        return layout;
    }

    private List<String> unplacedFields() {
        List<String> placed = new java.util.ArrayList<>();
        Nodes.array(form, "sections").forEach(s -> placed.addAll(Nodes.strings(s, "fields")));
        return context.app().fieldNames(Nodes.text(form, "entity")).stream().filter(name -> !placed.contains(name)).toList();
    }

    private static String rules(JsonNode entry) {
        if (!entry.isObject()) {
            return "";
        }
        List<String> set = OPTIONS.stream().filter(key -> !Nodes.text(entry, key).isEmpty())
                .map(key -> key + ": " + Nodes.text(entry, key)).toList();
        return String.join("; ", set);
    }
}
