package org.daftar.ui.form;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.ui.form.FieldTypesTest.openNew;
import static org.daftar.ui.form.FormViewTest.field;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.daftar.ui.form.render.AttachmentInput;
import org.daftar.ui.form.render.NumberInput;
import org.daftar.ui.i18n.Language;
import org.daftar.ui.shell.UiLanguage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The record service's messages appear at their fields, in the user's language. */
class SaveMessagesTest {

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
    void eachBrokenRuleIsShownAtItsField() {
        RecordEditor editor = openNew();
        ((NumberInput) field(editor, "quantity")).setText("-1");
        ((NumberInput) field(editor, "price")).setText("-5");
        ((EmailField) field(editor, "email")).setValue("not an address");
        ((TextField) field(editor, "website")).setValue("nowhere");
        ((TextField) field(editor, "phone")).setValue("call me");

        _get(FormView.class).getActions().getSaveButton().click();

        assertThat(message(editor, "title")).isEqualTo("Title is required.");
        assertThat(message(editor, "quantity")).isEqualTo("Quantity must be at least 0.");
        assertThat(message(editor, "price")).isEqualTo("Price must be at least 0.");
        assertThat(message(editor, "email")).contains("'not an address' is not a valid e-mail address");
        assertThat(message(editor, "website")).contains("'nowhere' is not a valid web address");
        assertThat(message(editor, "phone")).contains("may hold only digits");
        assertThat(_get(FormView.class).getProblems()).containsExactly("Please correct the fields marked in red.");
        assertThat(editor.id()).isNull();
    }

    @Test
    void limitsOfNumbersDatesTextsChoicesReferencesAndPluginTypesAreShownAtTheirFields() {
        RecordEditor editor = openNew();
        ((TextField) field(editor, "title")).setValue("Limits");
        ((com.vaadin.flow.component.textfield.TextArea) field(editor, "notes")).setValue("x".repeat(201));
        ((NumberInput) field(editor, "weight")).setText("1000.5");
        ((NumberInput) field(editor, "discount")).setText("150");
        ((com.vaadin.flow.component.datepicker.DatePicker) field(editor, "due_on")).setValue(java.time.LocalDate.of(2019, 12, 31));
        FieldTypesTest.combo(editor, "status").clear();
        ((org.daftar.plugins.iban.IbanField) field(editor, "account")).setValue("SA0380000000608010167518");

        _get(FormView.class).getActions().getSaveButton().click();

        assertThat(message(editor, "notes")).isEqualTo("Notes must be at most 200 characters long.");
        assertThat(message(editor, "weight")).isEqualTo("Weight must be at most 1000.");
        assertThat(message(editor, "discount")).isEqualTo("Discount must be at most 100.");
        assertThat(message(editor, "due_on")).isEqualTo("Due on must be on or after 2020-01-01.");
        assertThat(message(editor, "status")).isEqualTo("Status is required.");
        assertThat(_get(FormView.class).getProblems()).as("a plugin field that cannot show a message has it above the form")
                .anySatisfy(problem -> assertThat(problem).contains("Account"));
        assertThat(editor.id()).isNull();
    }

    @Test
    void aReferenceToARecordDeletedMeanwhileIsRefusedAtTheReference() {
        long partner = context.partner("GONE-1", "Gone partner");
        RecordEditor editor = openNew();
        ((TextField) field(editor, "title")).setValue("Points at a deleted partner");
        ((org.daftar.ui.form.render.ReferenceBox) field(editor, "partner")).setValue(partner);
        context.records.delete("desk.partner", partner, 0, org.daftar.data.record.WriteContext.of("omar", Locale.ENGLISH));

        _get(FormView.class).getActions().getSaveButton().click();

        assertThat(message(editor, "partner")).contains("has been deleted");
    }

    @Test
    void messagesAreInTheUsersLanguage() {
        UiLanguage.switchTo(UI.getCurrent(), Language.ARABIC);
        RecordEditor editor = openNew();

        _get(FormView.class).getActions().getSaveButton().click();

        assertThat(message(editor, "title")).isEqualTo("العنوان مطلوب.");
    }

    @Test
    void aFileTheFieldDoesNotAcceptIsRefusedAtTheField() {
        RecordEditor editor = openNew();
        AttachmentInput scan = (AttachmentInput) field(editor, "scan");

        assertThat(scan.accept("big.pdf", "application/pdf", new ByteArrayInputStream(new byte[4096]))).isFalse();
        assertThat(scan.getErrorMessage()).isEqualTo("Scan: the file 'big.pdf' is larger than 1KB.");
        assertThat(scan.accept("tool.exe", "application/x-msdownload", new ByteArrayInputStream(new byte[4]))).isFalse();
        assertThat(scan.getErrorMessage()).contains("is not of an accepted type (.pdf, image/*)");
        assertThat(scan.getValue()).isNull();
        assertThat(scan.accept("photo.png", "image/png", new ByteArrayInputStream(new byte[4]))).isTrue();
        assertThat(scan.isInvalid()).isFalse();
        assertThat(scan.getFileName()).isEqualTo("photo.png (4 bytes)");
    }

    @Test
    void aFileUploadedThroughTheUploadComponentBecomesTheValue() {
        RecordEditor editor = openNew();
        AttachmentInput scan = (AttachmentInput) field(editor, "scan");

        com.github.mvysny.kaributesting.v10.UploadKt._upload(scan.getUpload(), "plan.pdf", "application/pdf",
                "%PDF-plan".getBytes());
        MockVaadin.clientRoundtrip(false);

        assertThat(scan.getFileName()).isEqualTo("plan.pdf (9 bytes)");
        assertThat(scan.getValue()).containsEntry("mediaType", "application/pdf");
        assertThat(editor.isDirty()).isTrue();
    }

    private static String message(RecordEditor editor, String name) {
        HasValidation field = (HasValidation) field(editor, name);
        assertThat(field.isInvalid()).as(name + " is marked invalid").isTrue();
        return field.getErrorMessage();
    }
}
