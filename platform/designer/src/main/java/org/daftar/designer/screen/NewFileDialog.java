package org.daftar.designer.screen;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.BiConsumer;
import org.daftar.designer.i18n.DesignerTexts;

/**
 * Asks for the id of a new entity, form, list or role (and, for a form or list, its entity), then
 * hands them to {@code create}; an id must be lower-case letters, digits and {@code _}, starting
 * with a letter, and not taken.
 */
class NewFileDialog extends Dialog {

    final TextField id = new TextField();
    final ComboBox<String> entity = new ComboBox<>();
    final Button create = new Button();
    private final Paragraph problem = new Paragraph();

    NewFileDialog(DesignerTexts texts, String kind, List<String> taken, List<String> entities, BiConsumer<String, String> created) {
        setId("new-file-dialog");
        setHeaderTitle(texts.get("newFile.title." + kind));
        getElement().setAttribute("dir", texts.direction());
        id.setId("new-file-id");
        id.setLabel(texts.get("editor.id"));
        entity.setId("new-file-entity");
        entity.setLabel(texts.get("editor.entity"));
        entity.setItems(entities);
        entity.setVisible(kind.equals("form") || kind.equals("list"));
        if (!entities.isEmpty()) {
            entity.setValue(entities.getFirst());
        }
        problem.setId("new-file-problem");
        create.setText(texts.get("newFile.create"));
        create.setId("new-file-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            String value = id.getValue().strip();
            if (!value.matches("[a-z][a-z0-9_]{0,49}") || taken.contains(value)) {
                problem.setText(texts.get("editor.badId", value));
                return;
            }
            if (entity.isVisible() && entity.getValue() == null) {
                problem.setText(texts.get("newFile.needsEntity"));
                return;
            }
            created.accept(value, entity.getValue());
            close();
        });
        add(id, entity, problem);
        getFooter().add(new Button(texts.get("publish.close"), click -> close()), create);
    }
}
