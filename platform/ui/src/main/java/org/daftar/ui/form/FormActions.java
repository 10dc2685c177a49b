package org.daftar.ui.form;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.daftar.ui.form.render.FormTexts;

/**
 * The buttons of a form (save, save and new, cancel, delete, history), shown as the record and the
 * user's rights allow, and the notifications of what they did (a delete's with an undo button).
 */
public class FormActions extends HorizontalLayout {

    private static final int NOTICE_MILLIS = 5000;
    private static final int UNDO_MILLIS = 10_000;

    private final FormView view;
    private final Button save = new Button();
    private final Button saveAndNew = new Button();
    private final Button cancel = new Button();
    private final Button delete = new Button();
    private final Button history = new Button();

    FormActions(FormView view) {
        this.view = view;
        save.setId("form-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> view.save());
        saveAndNew.setId("form-save-new");
        saveAndNew.addClickListener(click -> view.saveAndNew());
        cancel.setId("form-cancel");
        cancel.addClickListener(click -> view.cancel());
        delete.setId("form-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> view.delete());
        history.setId("form-history");
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        history.addClickListener(click -> view.history());
        add(save, saveAndNew, cancel, delete, history);
    }

    void translate(Locale locale) {
        save.setText(FormTexts.get(locale, "form.save"));
        saveAndNew.setText(FormTexts.get(locale, "form.saveAndNew"));
        cancel.setText(FormTexts.get(locale, "form.cancel"));
        delete.setText(FormTexts.get(locale, "form.delete"));
        history.setText(FormTexts.get(locale, "form.history"));
        update();
    }

    /** Shows the buttons that apply to the record now. */
    void update() {
        save.setEnabled(view.canSave());
        saveAndNew.setEnabled(view.canSave());
        delete.setVisible(view.canDelete());
        history.setVisible(view.getEditor().map(editor -> editor.id() != null).orElse(false));
    }

    void notify(String text) {
        Notification notification = Notification.show(text, NOTICE_MILLIS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    void notifyWithUndo(String text, Runnable undo) {
        Notification notification = new Notification();
        notification.setDuration(UNDO_MILLIS);
        notification.setPosition(Notification.Position.BOTTOM_START);
        Button undoButton = new Button(FormTexts.get(locale(), "form.undo"), click -> {
            notification.close();
            undo.run();
        });
        undoButton.setId("form-undo");
        undoButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notification.add(new HorizontalLayout(new Span(text), undoButton));
        notification.open();
    }

    private static Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui != null ? ui.getLocale() : Locale.ENGLISH;
    }

    public Button getSaveButton() {
        return save;
    }

    public Button getSaveAndNewButton() {
        return saveAndNew;
    }

    public Button getCancelButton() {
        return cancel;
    }

    public Button getDeleteButton() {
        return delete;
    }

    public Button getHistoryButton() {
        return history;
    }
}
