package org.daftar.designer.yamlview;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.designer.Screens.byId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.daftar.designer.DesignerTestContext;
import org.daftar.designer.Screens;
import org.daftar.designer.editor.EntityEditor;
import org.daftar.designer.screen.FileEditorPanel;
import org.daftar.model.Definitions;
import org.daftar.model.entity.FieldDef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class YamlViewTest {

    private static final String TICKET = "desk/entities/ticket.yaml";
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
    void theYamlViewShowsTheFilesTextAsPublished() {
        FileEditorPanel panel = Screens.openFile("desk", TICKET);
        panel.showYaml();

        assertThat(panel.yamlView().orElseThrow().textArea().getValue())
                .isEqualTo(context.workspace.published().stream().filter(f -> f.location().equals(TICKET)).findFirst()
                        .orElseThrow().text());
    }

    @Test
    void aProblemIsShownAtItsLineAndColumnAndChoosingItPutsTheCaretThere() {
        FileEditorPanel panel = Screens.openFile("desk", TICKET);
        panel.showYaml();
        YamlView yaml = panel.yamlView().orElseThrow();
        String text = yaml.textArea().getValue().replace("type: integer", "type: integr");
        yaml.textArea().setValue(text);

        assertThat(yaml.problemTexts()).singleElement().asString().startsWith("line 8, column ").contains("integr");
        _get(Button.class, spec -> spec.withClasses("yaml-problem")).click();

        int line8 = nthLineStart(text, 8);
        assertThat(yaml.caret()).isBetween(line8, line8 + text.lines().toList().get(7).length());
    }

    @Test
    void aTextThatDoesNotParseKeepsTheEditorClosedWithTheReason() {
        FileEditorPanel panel = Screens.openFile("desk", TICKET);
        panel.showYaml();
        panel.yamlView().orElseThrow().textArea().setValue("kind: entity\nid: ticket\nfields: [\n");

        assertThat(panel.yamlView().orElseThrow().problemTexts()).isNotEmpty().allMatch(p -> p.startsWith("line "));
        panel.showStructured();
        assertThat(panel.structuredEditor()).isEmpty();
        assertThat(byId(Paragraph.class, "structured-unavailable").getText())
                .startsWith("The editor is closed because the YAML does not parse (line ");
    }

    @Test
    void editingInTheYamlViewThenInTheEditorGivesTheSameDefinitionsAsWritingThemDirectly() {
        FileEditorPanel panel = Screens.openFile("desk", TICKET);
        panel.showYaml();
        YamlView yaml = panel.yamlView().orElseThrow();
        yaml.textArea().setValue(yaml.textArea().getValue()
                + "  - {id: phone, type: phone, label: {en: Phone, ar: الهاتف}}\n");

        panel.showStructured();
        EntityEditor editor = (EntityEditor) panel.structuredEditor().orElseThrow();
        assertThat(org.daftar.designer.Screens.firstColumn(editor.fields().grid())).containsExactly("subject", "status", "hours",
                "note", "phone");
        editor.fields().select(4);
        byId(TextField.class, "field-label-en").setValue("Mobile");
        byId(com.vaadin.flow.component.checkbox.Checkbox.class, "field-required").setValue(true);

        panel.showYaml();
        assertThat(panel.yamlView().orElseThrow().textArea().getValue()).contains("Mobile").contains("phone");
        Definitions designed = context.session.check("desk").definitions();
        String expected = context.workspace.published().stream().filter(f -> f.location().equals(TICKET)).findFirst()
                .orElseThrow().text() + "  - {id: phone, type: phone, label: {en: Mobile, ar: الهاتف}, required: true}\n";
        Definitions written = context.workspace.check(replace(TICKET, expected)).definitions();
        FieldDef phone = designed.entity("desk", "ticket").orElseThrow().field("phone").orElseThrow();
        assertThat(withoutPositions(designed)).isEqualTo(withoutPositions(written));
        assertThat(phone.required()).isTrue();
    }

    private java.util.List<org.daftar.model.load.DefinitionSource> replace(String location, String text) {
        return context.workspace.published().stream()
                .map(f -> f.location().equals(location) ? new org.daftar.model.load.DefinitionSource(location, text) : f).toList();
    }

    /** The definitions as text without where each part was written (lines move when YAML is rewritten). */
    static String withoutPositions(Definitions definitions) {
        return definitions.toString().replaceAll("[\\w/.-]+\\.yaml:\\d+:\\d+", "");
    }

    private static int nthLineStart(String text, int line) {
        int offset = 0;
        for (int i = 1; i < line; i++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset;
    }
}
