package org.daftar.designer.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.designer.Screens.byId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.daftar.designer.DesignerTestContext;
import org.daftar.designer.Screens;
import org.daftar.designer.preview.FormPreview;
import org.daftar.designer.screen.FileEditorPanel;
import org.daftar.model.form.FormDef;
import org.daftar.model.form.FormFieldDef;
import org.daftar.model.form.SectionDef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FormEditorTest {

    private static final String FORM = "desk/forms/ticket.yaml";
    private DesignerTestContext context;

    @BeforeEach
    void start() {
        context = DesignerTestContext.start();
    }

    @AfterEach
    void stop() {
        DesignerTestContext.stop();
    }

    @Test
    void sectionsAreReorderedByDragAndDropAndByTheButtons() {
        FormEditor editor = open();
        Screens.drag(editor.sections().grid(), 1, 0, GridDropLocation.ABOVE);
        assertThat(sectionIds()).containsExactly("more", "main");

        editor.sections().select(1);
        byId(Button.class, "sections-up").click();
        assertThat(sectionIds()).containsExactly("main", "more");
    }

    @Test
    void aNewSectionGetsFieldsThatNoSectionHasYet() {
        FormEditor editor = open();
        editor.sections().select(0);
        editor.fields().orElseThrow().select(2);
        byId(Button.class, "form-fields-remove").click();
        byId(TextField.class, "new-section-id").setValue("extra");
        byId(Button.class, "add-section").click();
        assertThat(context.session.check("desk").problems()).singleElement().asString()
                .contains("desk/forms/ticket.yaml:").contains("must have at least 1 item");

        @SuppressWarnings("unchecked")
        ComboBox<String> field = byId(ComboBox.class, "new-form-field");
        assertThat(field.getListDataView().getItems().toList()).as("only the field no section has").containsExactly("hours");
        field.setValue("hours");
        byId(Button.class, "add-form-field").click();

        assertThat(sectionIds()).containsExactly("main", "more", "extra");
        assertThat(section(2).fields()).extracting(FormFieldDef::field).containsExactly("hours");
        assertThat(section(0).fields()).extracting(FormFieldDef::field).containsExactly("subject", "status");
    }

    @Test
    void fieldsOfASectionAreReorderedByDragAndDrop() {
        FormEditor editor = open();
        editor.sections().select(0);
        Screens.drag(editor.fields().orElseThrow().grid(), 0, 2, GridDropLocation.BELOW);

        assertThat(section(0).fields()).extracting(FormFieldDef::field).containsExactly("status", "hours", "subject");
    }

    @Test
    void aRuleMakesTheFieldAnEntryWithOptionsAndClearingItMakesItPlainAgain() {
        FormEditor editor = open();
        editor.sections().select(0);
        editor.fields().orElseThrow().select(2);
        byId(TextField.class, "form-field-requiredWhen").setValue("status = 'closed'");

        FormFieldDef hours = section(0).fields().get(2);
        assertThat(hours.requiredWhen().text()).isEqualTo("status = 'closed'");
        assertThat(context.session.draft("desk").text(FORM).orElseThrow()).contains("requiredWhen: status = 'closed'");

        byId(TextField.class, "form-field-requiredWhen").setValue("");
        assertThat(context.session.draft("desk").text(FORM).orElseThrow()).doesNotContain("requiredWhen")
                .contains("- hours");
    }

    @Test
    void aRuleThatDoesNotTypeCheckIsAProblemOfTheForm() {
        FormEditor editor = open();
        editor.sections().select(0);
        editor.fields().orElseThrow().select(0);
        byId(TextField.class, "form-field-visibleWhen").setValue("hours + 1");

        assertThat(context.session.check("desk").problems()).anySatisfy(problem -> {
            assertThat(problem.location()).isEqualTo(FORM);
            assertThat(problem.line()).isGreaterThan(1);
        });
    }

    @Test
    void thePreviewShowsTheFormAsStaffWillSeeItAndFollowsTheEditor() {
        FileEditorPanel panel = Screens.openFile("desk", FORM);
        FormPreview preview = org.daftar.designer.Screens.byId(FormPreview.class, "form-preview");
        assertThat(preview.editor().field("subject")).isPresent();
        assertThat(preview.editor().field("note")).isPresent();

        FormEditor editor = (FormEditor) panel.structuredEditor().orElseThrow();
        editor.sections().select(1);
        byId(Button.class, "sections-remove").click();

        FormPreview after = org.daftar.designer.Screens.byId(FormPreview.class, "form-preview");
        assertThat(after.editor().field("note")).isEmpty();
        assertThat(after.editor().field("hours")).isPresent();
    }

    private FormEditor open() {
        FileEditorPanel panel = Screens.openFile("desk", FORM);
        return (FormEditor) panel.structuredEditor().orElseThrow();
    }

    private FormDef form() {
        var result = context.session.check("desk");
        assertThat(result.problems()).isEmpty();
        return result.definitions().app("desk").orElseThrow().form("ticket").orElseThrow();
    }

    private SectionDef section(int index) {
        return form().sections().get(index);
    }

    private List<String> sectionIds() {
        return form().sections().stream().map(SectionDef::id).toList();
    }
}
