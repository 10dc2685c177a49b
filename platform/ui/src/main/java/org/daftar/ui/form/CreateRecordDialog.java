package org.daftar.ui.form;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import org.daftar.data.record.validation.ValidationException;
import org.daftar.model.entity.EntityDef;
import org.daftar.ui.form.render.FormTexts;
import org.daftar.ui.form.render.ReferenceCreator;

/**
 * "Create new" from a reference field: the referenced entity's form in a dialog; saving creates the
 * record and hands its id to the reference field.
 */
public class CreateRecordDialog extends Dialog {

    private final RecordEditor editor;
    private final Div problems = new Div();
    private final Button save;

    CreateRecordDialog(FormSupport support, FormModel model, Locale locale, LongConsumer created) {
        setHeaderTitle(FormTexts.get(locale, "form.create.title", model.entity().labelOrName().in(locale)));
        setId("create-record");
        editor = new RecordEditor(support, model, locale);
        editor.load(null);
        problems.addClassName("daftar-form-problems");
        add(problems, editor);
        save = new Button(FormTexts.get(locale, "form.save"), click -> {
            problems.removeAll();
            editor.clearMessages();
            try {
                Map<String, Object> saved = support.gateway().create(model.entityId(), editor.changes(), locale, model.formIdForSave());
                close();
                created.accept(((Number) saved.get("id")).longValue());
            } catch (ValidationException e) {
                editor.showMessages(e.messages()).forEach(text -> problems.add(new Div(text)));
            }
        });
        save.setId("create-record-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(FormTexts.get(locale, "form.cancel"), click -> close()), save);
    }

    public Button getSaveButton() {
        return save;
    }

    public RecordEditor getEditor() {
        return editor;
    }

    /** Opens the dialog for a reference field of any form. */
    static final class Opener implements ReferenceCreator {

        private final FormSupport support;

        Opener(FormSupport support) {
            this.support = support;
        }

        @Override
        public void create(String entity, String typedText, LongConsumer created) {
            EntityDef target = support.definitions().entity("", entity)
                    .orElseThrow(() -> new IllegalArgumentException("No entity " + entity));
            Locale locale = UI.getCurrent() != null ? UI.getCurrent().getLocale() : Locale.ENGLISH;
            new CreateRecordDialog(support, FormModel.forEntity(support.definitions(), support, target), locale, created).open();
        }
    }
}
