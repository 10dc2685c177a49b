package org.daftar.ui.form;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.ui.form.FieldTypesTest.openNew;
import static org.daftar.ui.form.FormViewTest.field;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.daftar.ui.form.render.LinesEditor;
import org.daftar.ui.form.render.NumberInput;
import org.daftar.ui.form.render.ValueDisplay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lines as an editable sub-grid: computed per line, totalled, validated per line, saved with the record. */
class LinesEditorTest {

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
    void eachLineIsComputedAndTheTotalsFollowAsTheUserTypes() {
        RecordEditor editor = openNew();
        LinesEditor lines = (LinesEditor) field(editor, "lines");

        line(lines, "Bolts", "4", "2.50");
        line(lines, "Nuts", "10", "0.25");

        assertThat(lines.getCellText(0, "amount")).isEqualTo("10.00");
        assertThat(lines.getEditedLine()).isEqualTo(1);
        assertThat(((ValueDisplay) lines.getCell(1, "amount")).getText()).as("the edited line's computed cell").isEqualTo("2.50");
        assertThat(lines.getCellText(1, "amount")).isEqualTo("2.50");
        assertThat(lines.getTotals().get("amount")).isEqualByComparingTo("12.50");
        assertThat(lines.getTotalText("amount")).isEqualTo("12.50");
        assertThat(lines.getTotals().get("quantity")).isEqualByComparingTo("14");
        assertThat(((ValueDisplay) field(editor, "lines_total")).getText()).isEqualTo("12.50");

        lines.removeLine(0);
        assertThat(lines.getLineCount()).isEqualTo(1);
        assertThat(lines.getTotalText("amount")).isEqualTo("2.50");
        assertThat(((ValueDisplay) field(editor, "lines_total")).getText()).isEqualTo("2.50");
    }

    @Test
    void aNewLineStartsWithTheDefaultsOfItsFields() {
        LinesEditor lines = (LinesEditor) field(openNew(), "lines");

        lines.addLine();

        assertThat(((NumberInput) lines.getCell(0, "unit_price")).getText()).isEqualTo("1.00");
    }

    @Test
    void theGridShowsTheColumnsTheFormNamesWithTheLabelsOfTheLineFields() {
        LinesEditor lines = (LinesEditor) field(openNew(), "lines");

        assertThat(lines.getGrid().getColumns().stream().filter(c -> c.getKey() != null && c.isVisible())
                .map(c -> c.getKey())).containsExactly("item", "quantity", "unit_price", "amount");
    }

    @Test
    void linesAreSavedWithTheRecordAndChangedLinesKeepTheirIds() {
        RecordEditor editor = openNew();
        ((TextField) field(editor, "title")).setValue("With lines");
        LinesEditor lines = (LinesEditor) field(editor, "lines");
        line(lines, "Bolts", "4", "2.50");
        FormView view = _get(FormView.class);
        view.getActions().getSaveButton().click();
        assertThat(view.getProblems()).isEmpty();
        Object firstId = lineValues(context.records.read(FormTestContext.ENTITY, editor.id()).orElseThrow()).get(0).get("id");

        lines = (LinesEditor) field(editor, "lines");
        ((NumberInput) lines.getCell(0, "quantity")).setText("6");
        line(lines, "Nuts", "1", "1");
        view.getActions().getSaveButton().click();

        Map<String, Object> saved = context.records.read(FormTestContext.ENTITY, editor.id()).orElseThrow();
        assertThat(lineValues(saved)).extracting(l -> l.get("item")).containsExactly("Bolts", "Nuts");
        assertThat(lineValues(saved).get(0).get("id")).isEqualTo(firstId);
        assertThat((BigDecimal) saved.get("lines_total")).isEqualByComparingTo("16.00");
    }

    @Test
    void aMessageAboutALineIsShownAtItsCell() {
        RecordEditor editor = openNew();
        ((TextField) field(editor, "title")).setValue("Bad line");
        LinesEditor lines = (LinesEditor) field(editor, "lines");
        line(lines, "Bolts", "4", "2.50");
        line(lines, "Nuts", "0", "1");

        _get(FormView.class).getActions().getSaveButton().click();

        assertThat(lines.getCellMessage(1, "quantity")).contains("line 2").contains("0.001");
        assertThat(lines.getCellMessage(0, "quantity")).isNull();
        NumberInput quantity = (NumberInput) lines.getCell(1, "quantity");
        assertThat(quantity.isInvalid()).isTrue();
        assertThat(quantity.getErrorMessage()).contains("line 2").contains("0.001");
        assertThat(((NumberInput) lines.getCell(0, "quantity")).isInvalid()).isFalse();
        assertThat(lines.getMessages()).hasSize(1);
        assertThat(editor.id()).isNull();
    }

    @Test
    void theEditedLineStaysOpenWhileItsValuesChange() {
        LinesEditor lines = (LinesEditor) field(openNew(), "lines");
        lines.addLine();
        TextField item = (TextField) lines.getCell(0, "item");
        NumberInput quantity = (NumberInput) lines.getCell(0, "quantity");
        NumberInput unitPrice = (NumberInput) lines.getCell(0, "unit_price");
        MockVaadin.clientRoundtrip(false); // the grid opens its editor with the server's answer

        item.setValue("Bolts");
        quantity.setValue(new BigDecimal("4"));
        unitPrice.setValue(new BigDecimal("2.5"));
        MockVaadin.clientRoundtrip(false);

        assertThat(lines.getGrid().getEditor().isOpen()).as("the user goes on typing in the same line").isTrue();
        assertThat(((ValueDisplay) lines.getCell(0, "amount")).getText()).isEqualTo("10.00");
        assertThat(lines.getTotalText("amount")).isEqualTo("10.00");
    }

    @Test
    void linesNotBeingEditedShowTheirValuesAsText() {
        LinesEditor lines = (LinesEditor) field(openNew(), "lines");
        line(lines, "Bolts", "4", "2.5");
        line(lines, "Nuts", "10", "0.25");

        assertThat(lines.getEditedLine()).isEqualTo(1);
        assertThat(lines.getCellText(0, "item")).isEqualTo("Bolts");
        assertThat(lines.getCellText(0, "unit_price")).isEqualTo("2.50");
        assertThat(lines.getCellText(0, "amount")).isEqualTo("10.00");
        assertThat(lines.getCellText(1, "amount")).isEqualTo("2.50");
    }

    @Test
    void onlyTheLineBeingEditedHasComponentsInItsCells() {
        LinesEditor lines = (LinesEditor) field(openNew(), "lines");
        assertThat(lines.getGrid().getEditor().isOpen()).isFalse();
        line(lines, "Bolts", "4", "2.5");
        line(lines, "Nuts", "10", "0.25");
        line(lines, "Washers", "100", "0.05");

        TextField item = (TextField) lines.getCell(0, "item");
        assertThat(item.getValue()).isEqualTo("Bolts");
        assertThat(lines.getCell(2, "item")).isSameAs(item);
        assertThat(item.getValue()).isEqualTo("Washers");
        assertThat(lines.getEditedLine()).isEqualTo(2);
    }

    @Test
    void enterMovesToTheNextLineAndEscapeStopsEditing() {
        LinesEditor lines = (LinesEditor) field(openNew(), "lines");
        line(lines, "Bolts", "4", "2.5");
        line(lines, "Nuts", "10", "0.25");
        lines.getCell(0, "item");

        ShortcutsKt._fireShortcut(lines.getGrid(), Key.ENTER);
        assertThat(lines.getEditedLine()).isEqualTo(1);

        ShortcutsKt._fireShortcut(lines.getGrid(), Key.ESCAPE);
        assertThat(lines.getEditedLine()).isEqualTo(-1);
        assertThat(lines.getCellText(1, "item")).isEqualTo("Nuts");
    }

    static void line(LinesEditor lines, String item, String quantity, String unitPrice) {
        lines.addLine();
        int index = lines.getLineCount() - 1;
        ((TextField) lines.getCell(index, "item")).setValue(item);
        ((NumberInput) lines.getCell(index, "quantity")).setText(quantity);
        ((NumberInput) lines.getCell(index, "unit_price")).setText(unitPrice);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lineValues(Map<String, Object> record) {
        return (List<Map<String, Object>>) record.get("lines");
    }
}
