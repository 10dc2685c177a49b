package org.daftar.designer.editor;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.daftar.designer.yaml.Nodes;
import tools.jackson.databind.node.ObjectNode;

/**
 * The options of a choice field: value and labels in English and Arabic, added, reordered and
 * removed like fields.
 */
public class ChoicesEditor extends Composite<VerticalLayout> {

    private final OrderedRows options;
    private final TextField value = new TextField();
    private final TextField english = new TextField();
    private final TextField arabic = new TextField();
    private final Span problem = new Span();

    public ChoicesEditor(EditorContext context, ObjectNode field, Runnable changed) {
        setId("choices-editor");
        options = new OrderedRows("choices", context.texts(), () -> Nodes.array(field, "options"), changed);
        options.grid().addColumn(row -> Nodes.text(row.node(), "value")).setHeader(context.t("editor.choiceValue"));
        options.grid().addColumn(row -> Nodes.label(row.node(), "label", "en")).setHeader(context.t("editor.labelEn"));
        options.grid().addColumn(row -> Nodes.label(row.node(), "label", "ar")).setHeader(context.t("editor.labelAr"));
        value.setId("new-choice-value");
        value.setPlaceholder(context.t("editor.choiceValue"));
        english.setId("new-choice-en");
        english.setPlaceholder(context.t("editor.labelEn"));
        arabic.setId("new-choice-ar");
        arabic.setPlaceholder(context.t("editor.labelAr"));
        arabic.getElement().setAttribute("dir", "rtl");
        Button add = new Button(context.t("editor.addChoice"), click -> {
            String code = value.getValue().strip();
            if (code.isEmpty() || Nodes.array(field, "options").valueStream().anyMatch(o -> Nodes.text(o, "value").equals(code))) {
                problem.setText(context.t("editor.badChoice", code));
                return;
            }
            problem.setText("");
            ObjectNode option = Nodes.array(field, "options").addObject();
            option.put("value", code);
            Nodes.setLabel(option, "label", "en", english.getValue().isBlank() ? Labels.fromId(code) : english.getValue());
            Nodes.setLabel(option, "label", "ar", arabic.getValue());
            value.clear();
            english.clear();
            arabic.clear();
            changed.run();
            options.refresh();
        });
        add.setId("add-choice");
        options.addToToolbar(value, english, arabic, add, problem);
        getContent().setPadding(false);
        getContent().add(new H4(context.t("editor.choices")), options);
    }

    public OrderedRows options() {
        return options;
    }
}
