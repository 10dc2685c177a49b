package org.daftar.designer.screen;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.daftar.designer.i18n.DesignerTexts;

/** Asks for a new app's id, its labels in English and Arabic and the id of its first entity. */
public class NewAppDialog extends Dialog {

    /** What the admin entered. */
    public record NewApp(String id, String english, String arabic, String entity) {}

    final TextField id = new TextField();
    final TextField english = new TextField();
    final TextField arabic = new TextField();
    final TextField entity = new TextField();
    final Button create = new Button();
    private final Paragraph problem = new Paragraph();

    NewAppDialog(DesignerTexts texts, List<String> taken, Consumer<NewApp> created) {
        setId("new-app-dialog");
        setHeaderTitle(texts.get("newApp.title"));
        getElement().setAttribute("dir", texts.direction());
        id.setId("new-app-id");
        id.setLabel(texts.get("editor.id"));
        english.setId("new-app-label-en");
        english.setLabel(texts.get("editor.labelEn"));
        arabic.setId("new-app-label-ar");
        arabic.setLabel(texts.get("editor.labelAr"));
        arabic.getElement().setAttribute("dir", "rtl");
        entity.setId("new-app-entity");
        entity.setLabel(texts.get("newApp.entity"));
        problem.setId("new-app-problem");
        create.setText(texts.get("newFile.create"));
        create.setId("new-app-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            String app = id.getValue().strip();
            String first = entity.getValue().strip();
            if (!app.matches("[a-z][a-z0-9_]{0,49}") || taken.contains(app)) {
                problem.setText(texts.get("editor.badId", app));
            } else if (!first.matches("[a-z][a-z0-9_]{0,49}")) {
                problem.setText(texts.get("editor.badId", first));
            } else {
                close();
                created.accept(new NewApp(app, english.getValue().isBlank() ? app : english.getValue().strip(),
                        arabic.getValue().strip(), first));
            }
        });
        add(new FormLayout(id, english, arabic, entity), problem);
        getFooter().add(new Button(texts.get("publish.close"), click -> close()), create);
    }

    public TextField idField() {
        return id;
    }

    public TextField englishField() {
        return english;
    }

    public TextField arabicField() {
        return arabic;
    }

    public TextField entityField() {
        return entity;
    }

    public Button createButton() {
        return create;
    }
}
