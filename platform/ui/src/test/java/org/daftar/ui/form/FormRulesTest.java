package org.daftar.ui.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.ui.form.FieldTypesTest.combo;
import static org.daftar.ui.form.FieldTypesTest.openNew;
import static org.daftar.ui.form.FormViewTest.field;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.daftar.ui.form.render.NumberInput;
import org.daftar.ui.form.render.ValueDisplay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The form's rules, defaults and computed fields follow the values as the user enters them. */
class FormRulesTest {

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
    void aFieldVisibleWhenARuleHoldsAppearsAndDisappearsAsTheUserChangesTheValue() {
        RecordEditor editor = openNew();
        TextField reason = (TextField) field(editor, "rejection_reason");
        assertThat(reason.isVisible()).isFalse();

        combo(editor, "status").setValue("rejected");
        assertThat(reason.isVisible()).isTrue();
        assertThat(reason.getHelperText()).isEqualTo("Why it was rejected");

        combo(editor, "status").setValue("draft");
        assertThat(reason.isVisible()).isFalse();
    }

    @Test
    void aFieldRequiredWhenARuleHoldsIsMarkedRequiredAndTheSaveIsRefusedAtIt() {
        RecordEditor editor = openNew();
        TextField reason = (TextField) field(editor, "rejection_reason");
        assertThat(reason.isRequiredIndicatorVisible()).isFalse();
        ((TextField) field(editor, "title")).setValue("Rejected one");

        combo(editor, "status").setValue("rejected");
        assertThat(reason.isRequiredIndicatorVisible()).isTrue();
        FormView view = com.github.mvysny.kaributesting.v10.LocatorJ._get(FormView.class);
        view.getActions().getSaveButton().click();

        assertThat(editor.id()).isNull();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Rejection reason is required.");
    }

    @Test
    void aFieldReadOnlyWhenARuleHoldsCannotBeChangedWhileItHolds() {
        RecordEditor editor = openNew();
        NumberInput price = (NumberInput) field(editor, "price");
        assertThat(price.isReadOnly()).isFalse();

        combo(editor, "status").setValue("approved");
        assertThat(price.isReadOnly()).isTrue();

        combo(editor, "status").setValue("draft");
        assertThat(price.isReadOnly()).isFalse();
    }

    @Test
    void defaultsOfTheFormAndOfTheEntityFillANewRecord() {
        RecordEditor editor = openNew();

        assertThat(FormViewTest.value(editor, "due_on")).isEqualTo(LocalDate.now());
        assertThat(FormViewTest.value(editor, "owner")).isEqualTo(FormTestContext.USER);
        assertThat(FormViewTest.value(editor, "status")).isEqualTo("draft");
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void aComputedFieldIsComputedAsTheUserTypes() {
        RecordEditor editor = openNew();
        ValueDisplay total = (ValueDisplay) field(editor, "total");

        ((NumberInput) field(editor, "price")).setText("2.50");
        assertThat(total.getText()).isEmpty();
        ((NumberInput) field(editor, "quantity")).setText("4");
        assertThat(total.getText()).isEqualTo("10.00");
        ((NumberInput) field(editor, "quantity")).setText("5");
        assertThat(total.getText()).isEqualTo("12.50");
    }

    @Test
    void textThatIsNotANumberIsMarkedAndNotSaved() {
        RecordEditor editor = openNew();
        ((TextField) field(editor, "title")).setValue("Bad number");
        NumberInput quantity = (NumberInput) field(editor, "quantity");

        quantity.setText("twelve");
        FormView view = com.github.mvysny.kaributesting.v10.LocatorJ._get(FormView.class);
        view.getActions().getSaveButton().click();

        assertThat(quantity.isInvalid()).isTrue();
        assertThat(quantity.getErrorMessage()).isEqualTo("'twelve' is not a number.");
        assertThat(view.getProblems()).containsExactly("Please correct the fields marked in red.");
        assertThat(editor.id()).isNull();
    }
}
