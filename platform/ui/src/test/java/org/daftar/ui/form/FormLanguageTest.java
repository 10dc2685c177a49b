package org.daftar.ui.form;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.ui.form.FieldTypesTest.openNew;
import static org.daftar.ui.form.FormViewTest.field;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import org.daftar.ui.form.render.LinesEditor;
import org.daftar.ui.form.render.NumberInput;
import org.daftar.ui.i18n.Language;
import org.daftar.ui.shell.UiLanguage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A form follows the user's language: labels, texts, formats and right-to-left for Arabic. */
class FormLanguageTest {

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
    void switchingToArabicRendersTheFormRightToLeftInArabicAndKeepsWhatWasTyped() {
        RecordEditor english = openNew();
        FormView view = _get(FormView.class);
        ((TextField) field(english, "title")).setValue("Kept");
        ((NumberInput) field(english, "price")).setText("1234.5");
        assertThat(view.getElement().getAttribute("dir")).isEqualTo("ltr");

        UiLanguage.switchTo(UI.getCurrent(), Language.ARABIC);

        RecordEditor arabic = view.getEditor().orElseThrow();
        assertThat(view.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(view.getTitle()).isEqualTo("عيّنة جديد");
        assertThat(view.getActions().getSaveButton().getText()).isEqualTo("حفظ");
        assertThat(((TextField) field(arabic, "title")).getLabel()).isEqualTo("العنوان");
        assertThat(((TextField) field(arabic, "title")).getHelperText()).isEqualTo("اسم قصير");
        assertThat(((TextField) field(arabic, "title")).getValue()).isEqualTo("Kept");
        assertThat(((NumberInput) field(arabic, "price")).getValue()).isEqualTo(new java.math.BigDecimal("1234.50"));
        assertThat(((DatePicker) field(arabic, "due_on")).getLocale().getLanguage()).isEqualTo("ar");
        assertThat(((LinesEditor) field(arabic, "lines")).getAddButton().getText()).isEqualTo("إضافة بند");
        assertThat(arabic.isDirty()).isTrue();

        UiLanguage.switchTo(UI.getCurrent(), Language.ENGLISH);
        assertThat(view.getElement().getAttribute("dir")).isEqualTo("ltr");
        assertThat(((TextField) field(view.getEditor().orElseThrow(), "title")).getLabel()).isEqualTo("Title");
    }

    @Test
    void arabicDigitsAreReadAsNumbers() {
        UiLanguage.switchTo(UI.getCurrent(), Language.ARABIC);
        RecordEditor editor = openNew();
        NumberInput quantity = (NumberInput) field(editor, "quantity");

        quantity.setText("١٢");

        assertThat(quantity.getValue()).isEqualTo(12L);
        assertThat(quantity.isInvalid()).isFalse();
    }
}
