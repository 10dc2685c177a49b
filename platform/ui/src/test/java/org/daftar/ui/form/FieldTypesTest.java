package org.daftar.ui.form;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.ui.form.FormViewTest.field;
import static org.daftar.ui.form.FormViewTest.value;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.daftar.plugins.iban.IbanField;
import org.daftar.ui.form.render.AttachmentInput;
import org.daftar.ui.form.render.ChoiceBox;
import org.daftar.ui.form.render.ChoiceSet;
import org.daftar.ui.form.render.LinesEditor;
import org.daftar.ui.form.render.MomentPicker;
import org.daftar.ui.form.render.NumberInput;
import org.daftar.ui.form.render.ReferenceBox;
import org.daftar.ui.form.render.ValueDisplay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every built-in field type: the component its renderer gives, entering a value, saving it, showing it again. */
class FieldTypesTest {

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
    void everyFieldTypeHasARendererOfItsOwn() {
        RecordEditor editor = openNew();

        Map<String, Class<?>> expected = Map.ofEntries(
                Map.entry("title", TextField.class), Map.entry("notes", TextArea.class),
                Map.entry("quantity", NumberInput.class), Map.entry("weight", NumberInput.class),
                Map.entry("price", NumberInput.class), Map.entry("discount", NumberInput.class),
                Map.entry("due_on", DatePicker.class), Map.entry("meeting_at", MomentPicker.class),
                Map.entry("opens_at", TimePicker.class), Map.entry("urgent", Checkbox.class),
                Map.entry("status", ChoiceBox.class), Map.entry("tags", ChoiceSet.class),
                Map.entry("partner", ReferenceBox.class), Map.entry("owner", ChoiceBox.class),
                Map.entry("lines", LinesEditor.class), Map.entry("email", EmailField.class),
                Map.entry("phone", TextField.class), Map.entry("website", TextField.class),
                Map.entry("scan", AttachmentInput.class), Map.entry("number", TextField.class),
                Map.entry("total", ValueDisplay.class), Map.entry("account", IbanField.class));
        expected.forEach((name, type) -> assertThat(field(editor, name)).as(name).isInstanceOf(type));
        assertThat(((TextField) field(editor, "title")).getLabel()).isEqualTo("Title");
        assertThat(((TextField) field(editor, "title")).getHelperText()).isEqualTo("A short name");
        assertThat(((TextField) field(editor, "title")).isRequiredIndicatorVisible()).isTrue();
        assertThat(((TextField) field(editor, "number")).isReadOnly()).isTrue();
        assertThat(((ValueDisplay) field(editor, "total")).isReadOnly()).isTrue();
        ChoiceBox status = (ChoiceBox) field(editor, "status");
        assertThat(status.getOptions()).containsExactly("draft", "approved", "rejected");
        assertThat(status.getLabelOf("approved")).isEqualTo("Approved");
        assertThat(status.allowsOtherValues()).isFalse();
        assertThat(((ChoiceBox) field(editor, "owner")).getOptions()).containsExactly(FormTestContext.USER);
        assertThat(((ChoiceBox) field(editor, "owner")).allowsOtherValues()).isTrue();
        assertThat(status.getElement().getPropertyRaw("items").toString()).contains("\"label\":\"Rejected\"");
    }

    @Test
    void everyFieldTypeIsSavedAsEnteredAndShownAgainWhenTheRecordIsOpened() {
        long partner = context.partner("P-TYPES", "Noor Trading");
        RecordEditor editor = openNew();
        ((TextField) field(editor, "title")).setValue("Complete");
        ((TextArea) field(editor, "notes")).setValue("Line one\nLine two");
        ((NumberInput) field(editor, "quantity")).setText("12");
        ((NumberInput) field(editor, "weight")).setText("1.5");
        ((NumberInput) field(editor, "price")).setText("1,234.50");
        ((NumberInput) field(editor, "discount")).setText("7.5");
        ((DatePicker) field(editor, "due_on")).setValue(LocalDate.of(2026, 3, 1));
        ((MomentPicker) field(editor, "meeting_at")).setLocalValue(LocalDateTime.of(2026, 3, 2, 14, 30));
        ((TimePicker) field(editor, "opens_at")).setValue(LocalTime.of(8, 30));
        ((Checkbox) field(editor, "urgent")).setValue(true);
        combo(editor, "status").setValue("approved");
        ((ChoiceSet) field(editor, "tags")).setValue(List.of("blue", "red"));
        ((ReferenceBox) field(editor, "partner")).setValue(partner);
        combo(editor, "owner").setValue("sara");
        LinesEditor lines = (LinesEditor) field(editor, "lines");
        lines.addLine();
        ((TextField) lines.getCell(0, "item")).setValue("Bolts");
        ((NumberInput) lines.getCell(0, "quantity")).setText("4");
        ((NumberInput) lines.getCell(0, "unit_price")).setText("2.5");
        ((EmailField) field(editor, "email")).setValue("desk@example.com");
        ((TextField) field(editor, "phone")).setValue("+966 50 123 4567");
        ((TextField) field(editor, "website")).setValue("https://daftar.example");
        assertThat(((AttachmentInput) field(editor, "scan")).accept("scan.pdf", "application/pdf",
                new ByteArrayInputStream("%PDF-1".getBytes()))).isTrue();
        ((IbanField) field(editor, "account")).setValue("sa03 8000 0000 6080 1016 7519");

        FormView view = _get(FormView.class);
        view.getActions().getSaveButton().click();

        assertThat(view.getProblems()).isEmpty();
        Map<String, Object> saved = context.records.read(FormTestContext.ENTITY, editor.id()).orElseThrow();
        assertThat(saved).containsEntry("title", "Complete").containsEntry("notes", "Line one\nLine two")
                .containsEntry("quantity", 12L).containsEntry("due_on", LocalDate.of(2026, 3, 1))
                .containsEntry("opens_at", LocalTime.of(8, 30)).containsEntry("urgent", true)
                .containsEntry("status", "approved").containsEntry("tags", List.of("red", "blue"))
                .containsEntry("partner", partner).containsEntry("owner", "sara")
                .containsEntry("email", "desk@example.com").containsEntry("phone", "+966 50 123 4567")
                .containsEntry("website", "https://daftar.example").containsEntry("account", "SA0380000000608010167519");
        assertThat((BigDecimal) saved.get("weight")).isEqualByComparingTo("1.5");
        assertThat((BigDecimal) saved.get("price")).isEqualByComparingTo("1234.50");
        assertThat((BigDecimal) saved.get("discount")).isEqualByComparingTo("7.5");
        assertThat((BigDecimal) saved.get("total")).isEqualByComparingTo("14814.00");
        assertThat((BigDecimal) saved.get("lines_total")).isEqualByComparingTo("10.00");
        assertThat(((OffsetDateTime) saved.get("meeting_at")).toLocalDateTime())
                .isEqualTo(((OffsetDateTime) value(editor, "meeting_at")).toLocalDateTime());
        assertThat((Map<String, Object>) saved.get("scan")).containsEntry("name", "scan.pdf").containsEntry("size", 6L);
        assertThat((List<?>) saved.get("lines")).hasSize(1);
        assertThat((String) saved.get("number")).startsWith("SP-");

        UI.getCurrent().navigate("apps/desk/forms/specimen/" + editor.id());
        RecordEditor opened = _get(FormView.class).getEditor().orElseThrow();
        assertThat(((TextField) field(opened, "number")).getValue()).isEqualTo(saved.get("number"));
        assertThat(((NumberInput) field(opened, "price")).getText()).isEqualTo("1,234.50");
        assertThat(((NumberInput) field(opened, "quantity")).getText()).isEqualTo("12");
        assertThat(((NumberInput) field(opened, "weight")).getText()).isEqualTo("1.500");
        assertThat(((ValueDisplay) field(opened, "total")).getText()).isEqualTo("14,814.00");
        assertThat(((ReferenceBox) field(opened, "partner")).getText()).isEqualTo("Noor Trading (P-TYPES)");
        assertThat(value(opened, "tags")).isEqualTo(List.of("red", "blue"));
        assertThat(value(opened, "meeting_at")).isNotNull();
        assertThat(((MomentPicker) field(opened, "meeting_at")).getLocalValue()).isEqualTo(LocalDateTime.of(2026, 3, 2, 14, 30));
        assertThat(((AttachmentInput) field(opened, "scan")).getFileName()).isEqualTo("scan.pdf (6 bytes)");
        assertThat(((AttachmentInput) field(opened, "scan")).getDownloadLink().isVisible()).isTrue();
        assertThat(((IbanField) field(opened, "account")).getValue()).isEqualTo("SA0380000000608010167519");
        assertThat(((LinesEditor) field(opened, "lines")).getLineCount()).isEqualTo(1);
        assertThat(opened.isDirty()).isFalse();
    }

    @Test
    void anAttachmentCanBeDownloadedThroughTheGatewayOnceSaved() {
        Map<String, Object> stored = context.gateway.upload(FormTestContext.ENTITY, "scan", "photo.png", "image/png",
                new ByteArrayInputStream(new byte[] {1, 2, 3}), java.util.Locale.ENGLISH);
        Map<String, Object> saved = context.specimen(Map.of("title", "With a photo", "scan", stored), "sara");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        assertThat(context.gateway.download(FormTestContext.ENTITY, (Long) saved.get("id"), "scan", (String) stored.get("ref"), out))
                .isTrue();
        assertThat(out.toByteArray()).containsExactly(1, 2, 3);
    }

    static RecordEditor openNew() {
        UI.getCurrent().navigate("apps/desk/forms/specimen");
        return _get(FormView.class).getEditor().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static HasValue<?, String> combo(RecordEditor editor, String name) {
        return (HasValue<?, String>) field(editor, name);
    }

    static HasValue<?, ?> input(Component component) {
        return (HasValue<?, ?>) component;
    }
}
