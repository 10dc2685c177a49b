package org.daftar.designer.editor;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.daftar.designer.yaml.Nodes;
import tools.jackson.databind.node.ObjectNode;

/**
 * Inputs bound to one key of a definition tree: each shows the key's value and, when the admin
 * changes it, sets it (a blank value removes the key) and saves.
 */
final class Inputs {

    private Inputs() {}

    /** A text field for {@code key} of {@code node}. */
    static TextField text(String id, String label, ObjectNode node, String key, Runnable save) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValue(Nodes.text(node, key));
        field.addValueChangeListener(event -> {
            if (event.isFromClient() || !event.getValue().equals(Nodes.text(node, key))) {
                Nodes.setText(node, key, event.getValue());
                save.run();
            }
        });
        return field;
    }

    /** A text field for a whole number (or decimal) at {@code key}. */
    static TextField number(String id, String label, ObjectNode node, String key, Runnable save) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValue(Nodes.text(node, key));
        field.setAllowedCharPattern("[0-9.\\-]");
        field.addValueChangeListener(event -> {
            if (!event.getValue().equals(Nodes.text(node, key))) {
                Nodes.setNumber(node, key, event.getValue());
                save.run();
            }
        });
        return field;
    }

    /** A text field for the label at {@code key} in {@code language} ({@code en} or {@code ar}). */
    static TextField label(String id, String label, ObjectNode node, String key, String language, Runnable save) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValue(Nodes.label(node, key, language));
        if (language.equals("ar")) {
            field.getElement().setAttribute("dir", "rtl");
        }
        field.addValueChangeListener(event -> {
            if (!event.getValue().equals(Nodes.label(node, key, language))) {
                Nodes.setLabel(node, key, language, event.getValue());
                save.run();
            }
        });
        return field;
    }

    /** A check box for a flag at {@code key} (absent means false). */
    static Checkbox flag(String id, String label, ObjectNode node, String key, Runnable save) {
        Checkbox box = new Checkbox(label, Nodes.flag(node, key));
        box.setId(id);
        box.addValueChangeListener(event -> {
            if (event.getValue() != Nodes.flag(node, key)) {
                Nodes.setFlag(node, key, event.getValue());
                save.run();
            }
        });
        return box;
    }

    /** A choice of {@code options} for {@code key}; the admin may also type a value. */
    static ComboBox<String> choice(String id, String label, List<String> options, ObjectNode node, String key, Runnable save) {
        ComboBox<String> box = new ComboBox<>(label);
        box.setId(id);
        box.setItems(options);
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(event -> box.setValue(event.getDetail()));
        String current = Nodes.text(node, key);
        if (!current.isEmpty()) {
            if (!options.contains(current)) {
                java.util.List<String> all = new java.util.ArrayList<>(options);
                all.add(current);
                box.setItems(all);
            }
            box.setValue(current);
        }
        box.addValueChangeListener(event -> {
            String value = event.getValue() == null ? "" : event.getValue();
            if (!value.equals(Nodes.text(node, key))) {
                Nodes.setText(node, key, value);
                save.run();
            }
        });
        return box;
    }
}
