package org.daftar.ui.form;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.ui.form.FieldTypesTest.openNew;
import static org.daftar.ui.form.FormViewTest.field;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Unsaved changes are not lost without asking; the keyboard saves and cancels. */
class FormGuardsTest {

    private final FormTestContext context = FormTestContext.get();

    @BeforeEach
    void start() {
        context.startVaadin();
    }

    @AfterEach
    void stop() {
        MockVaadin.tearDown();
    }

    @Test
    void leavingAFormWithUnsavedChangesAsksFirst() {
        long other = ((Number) context.specimen(Map.of("title", "Elsewhere"), "sara").get("id")).longValue();
        RecordEditor editor = openNew();
        ((TextField) field(editor, "title")).setValue("Unsaved");

        UI.getCurrent().navigate("apps/desk/forms/specimen/" + other);

        UnsavedChangesDialog ask = _get(UnsavedChangesDialog.class);
        assertThat(ConfirmDialogKt.getHeader(ask)).isEqualTo("Unsaved changes");
        assertThat(((TextField) field(_get(FormView.class).getEditor().orElseThrow(), "title")).getValue()).isEqualTo("Unsaved");

        ConfirmDialogKt._fireConfirm(ask);
        assertThat(((TextField) field(_get(FormView.class).getEditor().orElseThrow(), "title")).getValue()).isEqualTo("Elsewhere");
    }

    @Test
    void leavingAFormWithoutChangesDoesNotAsk() {
        long other = ((Number) context.specimen(Map.of("title", "Next one"), "sara").get("id")).longValue();
        openNew();

        UI.getCurrent().navigate("apps/desk/forms/specimen/" + other);

        assertThat(((TextField) field(_get(FormView.class).getEditor().orElseThrow(), "title")).getValue()).isEqualTo("Next one");
    }

    @Test
    void cancelAsksBeforeThrowingChangesAwayAndThenRestoresTheSavedValues() {
        long id = ((Number) context.specimen(Map.of("title", "Original"), "sara").get("id")).longValue();
        UI.getCurrent().navigate("apps/desk/forms/specimen/" + id);
        FormView view = _get(FormView.class);
        TextField title = (TextField) field(view.getEditor().orElseThrow(), "title");
        title.setValue("Changed");

        view.getActions().getCancelButton().click();
        ConfirmDialogKt._fireConfirm(_get(UnsavedChangesDialog.class));

        assertThat(title.getValue()).isEqualTo("Original");
        assertThat(view.getEditor().orElseThrow().isDirty()).isFalse();
    }

    @Test
    void enterInAFieldSavesTheRecord() {
        RecordEditor editor = openNew();
        TextField title = (TextField) field(editor, "title");
        title.setValue("Saved with Enter");

        ShortcutsKt._fireShortcut(title, Key.ENTER);

        assertThat(editor.id()).isNotNull();
        assertThat(context.records.read(FormTestContext.ENTITY, editor.id()).orElseThrow())
                .containsEntry("title", "Saved with Enter");
    }

    @Test
    void enterInALongTextOrAComboBoxDoesNotSave() {
        RecordEditor editor = openNew();
        ((TextField) field(editor, "title")).setValue("Not yet");
        com.vaadin.flow.component.textfield.TextArea notes = (com.vaadin.flow.component.textfield.TextArea) field(editor, "notes");

        ShortcutsKt._fireShortcut(notes, Key.ENTER);
        ShortcutsKt._fireShortcut(field(editor, "status"), Key.ENTER);

        assertThat(editor.id()).isNull();
    }

    @Test
    void altNAddsALine() {
        org.daftar.ui.form.render.LinesEditor lines = (org.daftar.ui.form.render.LinesEditor) field(openNew(), "lines");

        ShortcutsKt._fireShortcut(lines, Key.KEY_N, KeyModifier.ALT);

        assertThat(lines.getLineCount()).isEqualTo(1);
    }

    @Test
    void controlSSavesAndEscapeCancels() {
        RecordEditor editor = openNew();
        FormView view = _get(FormView.class);
        ((TextField) field(editor, "title")).setValue("Saved with Ctrl+S");

        ShortcutsKt._fireShortcut(view, Key.KEY_S, KeyModifier.CONTROL);
        assertThat(editor.id()).isNotNull();

        ((TextField) field(editor, "title")).setValue("Then changed");
        ShortcutsKt._fireShortcut(view, Key.ESCAPE);
        assertThat(_get(UnsavedChangesDialog.class)).isNotNull();
    }
}
