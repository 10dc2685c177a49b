package org.daftar.ui.form;

import jakarta.annotation.security.PermitAll;
import org.daftar.ui.shell.MainLayout;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.daftar.data.record.RecordConflictException;
import org.daftar.data.record.StaleRecordException;
import org.daftar.data.record.validation.ValidationException;
import org.daftar.ui.form.render.FormTexts;
import org.daftar.ui.form.render.ReferenceLookup;
import org.daftar.ui.i18n.Language;

/**
 * The page of a form: {@code apps/:app/forms/:form} for a new record, {@code .../:id} for a saved
 * one (after the first save the address becomes the record's, so it can be bookmarked). The title
 * is the form's label and the record's display name in the user's language; the actions are save
 * (Enter in a field, Ctrl+S), save and new, cancel (Escape; asks before changes are lost), delete
 * (with undo) and history.
 */
@Route(value = "apps/:app/forms/:form/:id?", layout = MainLayout.class)
@PermitAll
public class FormView extends VerticalLayout
        implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle, LocaleChangeObserver {

    private final FormSupport forms;
    /** The support of the definitions this form was opened with (pinned when entered). */
    private FormSupport support;
    private final H2 title = new H2();
    private final Div problems = new Div();
    private final Div banner = new Div();
    private final FormActions actions;
    private FormModel model;
    private RecordEditor editor;
    private String appId;
    private String formId;
    private boolean deleted;

    public FormView(FormSupport forms) {
        this.forms = forms;
        this.support = forms.pinned();
        this.actions = new FormActions(this);
        setId("form-view");
        problems.setId("form-problems");
        problems.addClassName("daftar-form-problems");
        banner.setId("form-deleted");
        banner.setVisible(false);
        Shortcuts.addShortcutListener(this, this::cancel, Key.ESCAPE).listenOn(this);
        Shortcuts.addShortcutListener(this, this::save, Key.KEY_S, KeyModifier.CONTROL).listenOn(this);
        Shortcuts.addShortcutListener(this, this::save, Key.KEY_S, KeyModifier.META).listenOn(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        appId = event.getRouteParameters().get("app").orElse("");
        formId = event.getRouteParameters().get("form").orElse("");
        Optional<String> id = event.getRouteParameters().get("id");
        removeAll();
        support = forms.pinned();
        model = support.model(appId, formId).orElse(null);
        if (model == null) {
            add(title, problems);
            title.setText(FormTexts.get(locale(), "form.noForm", appId, formId));
            return;
        }
        Long recordId = id.flatMap(FormView::parseId).orElse(null);
        if (id.isPresent() && recordId == null) {
            showNotFound(id.get());
            return;
        }
        open(recordId);
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (editor != null && editor.isDirty()) {
            BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
            new UnsavedChangesDialog(locale(), leave::proceed).open();
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (editor == null || editor.locale().equals(event.getLocale())) {
            return;
        }
        Map<String, Object> record = editor.record();
        Map<String, Object> entered = editor.isDirty() ? editor.editableValues() : Map.of();
        show(record);
        editor.restore(entered);
        actions.translate(locale());
    }

    @Override
    public String getPageTitle() {
        return title.getText();
    }

    /** The form's fields, or empty when the form or record was not found. */
    public Optional<RecordEditor> getEditor() {
        return Optional.ofNullable(editor);
    }

    public FormActions getActions() {
        return actions;
    }

    /** The messages shown above the fields: those no field can show. */
    public List<String> getProblems() {
        return problems.getChildren().map(c -> c.getElement().getText()).toList();
    }

    public String getTitle() {
        return title.getText();
    }

    /** True when the record shown is deleted (and can be restored). */
    public boolean isDeleted() {
        return deleted;
    }

    /** Opens the record {@code id}, or a new record when {@code null}. */
    void open(Long id) {
        Map<String, Object> record = null;
        if (id != null) {
            record = support.gateway().read(model.entityId(), id).orElse(null);
            if (record == null) {
                showNotFound(String.valueOf(id));
                return;
            }
        }
        show(record);
    }

    private void show(Map<String, Object> record) {
        removeAll();
        problems.removeAll();
        editor = new RecordEditor(support, model, locale());
        editor.setOnEnter(this::save);
        editor.setOnChange(actions::update);
        editor.load(record);
        deleted = record != null && record.get("deleted_at") != null;
        banner.setText(FormTexts.get(locale(), "form.deletedBanner"));
        banner.setVisible(deleted);
        editor.setAllReadOnly(deleted);
        getElement().setAttribute("dir", Language.of(locale()).rightToLeft() ? "rtl" : "ltr");
        add(title, actions, banner, problems, editor);
        actions.translate(locale());
        showTitle();
    }

    /** Saves the record; true when it was saved. */
    boolean save() {
        if (!canSave()) {
            return false;
        }
        problems.removeAll();
        editor.clearMessages();
        if (editor.hasUnreadableInput()) {
            showProblems(List.of(FormTexts.get(locale(), "form.invalid")));
            return false;
        }
        Long id = editor.id();
        try {
            Map<String, Object> saved = id == null
                    ? support.gateway().create(model.entityId(), editor.changes(), locale(), model.formIdForSave())
                    : support.gateway().update(model.entityId(), id, editor.changes(), locale(), model.formIdForSave());
            editor.load(saved);
            showTitle();
            actions.update();
            actions.notify(FormTexts.get(locale(), "form.saved", entityLabel()));
            if (id == null) {
                replaceAddress(editor.id());
            }
            return true;
        } catch (ValidationException e) {
            List<String> elsewhere = new java.util.ArrayList<>(editor.showMessages(e.messages()));
            elsewhere.addFirst(FormTexts.get(locale(), "form.invalid"));
            showProblems(elsewhere);
        } catch (StaleRecordException e) {
            new StaleRecordDialog(e.changes(), words(), locale(), () -> open(id), this::compare).open();
        } catch (RecordConflictException e) {
            showProblems(List.of(e.getMessage()));
        }
        return false;
    }

    /** Saves, then starts a new record. */
    void saveAndNew() {
        if (save()) {
            show(null);
            replaceAddress(null);
        }
    }

    /** Gives up the changes (after asking, when there are any) and goes back. */
    void cancel() {
        if (editor == null) {
            return;
        }
        Runnable discard = () -> {
            editor.load(editor.record());
            problems.removeAll();
            actions.update();
            UI.getCurrent().getPage().getHistory().back();
        };
        if (editor.isDirty()) {
            new UnsavedChangesDialog(locale(), discard).open();
        } else {
            discard.run();
        }
    }

    /** Deletes the record, offering to undo it. */
    void delete() {
        Long id = editor == null ? null : editor.id();
        if (id == null || deleted) {
            return;
        }
        try {
            Map<String, Object> gone = support.gateway().delete(model.entityId(), id,
                    ((Number) editor.record().get("version")).intValue(), locale());
            show(gone);
            actions.notifyWithUndo(FormTexts.get(locale(), "form.deleted", entityLabel()), () -> restore(id));
        } catch (StaleRecordException e) {
            new StaleRecordDialog(e.changes(), words(), locale(), () -> open(id), this::compare).open();
        } catch (RecordConflictException e) {
            showProblems(List.of(e.getMessage()));
        }
    }

    /** Shows the record's history. */
    HistoryDialog history() {
        Long id = editor == null ? null : editor.id();
        HistoryDialog dialog = new HistoryDialog(id == null ? List.of() : support.gateway().history(model.entityId(), id),
                words(), locale());
        dialog.open();
        return dialog;
    }

    boolean canDelete() {
        return editor != null && editor.id() != null && !deleted && support.gateway().rights(model.entityId()).delete();
    }

    boolean canSave() {
        if (editor == null || deleted) {
            return false;
        }
        var rights = support.gateway().rights(model.entityId());
        return editor.id() == null ? rights.create() : rights.update();
    }

    private void restore(long id) {
        support.gateway().restore(model.entityId(), id, locale());
        open(id);
        actions.notify(FormTexts.get(locale(), "form.restored", entityLabel()));
    }

    private void compare() {
        Long id = editor.id();
        Map<String, Object> theirs = id == null ? Map.of() : support.gateway().read(model.entityId(), id).orElse(Map.of());
        new CompareDialog(model, theirs, editor.editableValues(), locale()).open();
    }

    private void showNotFound(String id) {
        editor = null;
        removeAll();
        title.setText(FormTexts.get(locale(), "form.notFound", entityLabel(), id));
        add(title);
    }

    private void showProblems(List<String> messages) {
        problems.removeAll();
        messages.forEach(message -> problems.add(new Div(message)));
    }

    private void showTitle() {
        Map<String, Object> record = editor.record();
        String form = model.form().label() != null ? model.form().label().in(locale()) : entityLabel();
        if (record == null) {
            title.setText(FormTexts.get(locale(), "form.title.new", entityLabel()));
        } else {
            String name = ReferenceLookup.format(support.catalog().displayTemplate(model.entityId()).orElse(null),
                    editor.id(), record);
            title.setText(FormTexts.get(locale(), "form.title.record", form, name));
        }
        UI.getCurrent().getPage().setTitle(title.getText());
    }

    private void replaceAddress(Long id) {
        String address = "apps/" + appId + "/forms/" + formId + (id == null ? "" : "/" + id);
        UI.getCurrent().getPage().getHistory().replaceState(null, address);
    }

    private AuditText words() {
        return new AuditText(support.definitions(), model.entity(), locale(), support.live().clock().getZone());
    }

    private String entityLabel() {
        return model == null ? "" : model.entity().labelOrName().in(locale());
    }

    private Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : getLocale();
    }

    private static Optional<Long> parseId(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
