package org.daftar.designer.editor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.designer.Screens.byId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.daftar.designer.DesignerTestContext;
import org.daftar.designer.Screens;
import org.daftar.designer.screen.FileEditorPanel;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.form.FormDef;
import org.daftar.model.list.ListDef;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EntityEditorTest {

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
    void addingAFieldPutsItLastInTheDraftAndSelectsItForEditing() {
        Screens.openFile("desk", TICKET);
        byId(TextField.class, "new-field-id").setValue("due_on");
        byId(ComboBox.class, "new-field-type").setValue("date");
        byId(Button.class, "add-field").click();

        assertThat(fieldIds()).containsExactly("subject", "status", "hours", "note", "due_on");
        assertThat(byId(TextField.class, "field-name").getValue()).isEqualTo("due_on");
        assertThat(byId(TextField.class, "field-label-en").getValue()).isEqualTo("Due on");
        assertThat(draftEntity().field("due_on").map(FieldDef::type)).contains("date");
    }

    @Test
    void aFieldIdThatIsNotAnIdIsRefusedWithTheReason() {
        Screens.openFile("desk", TICKET);
        byId(TextField.class, "new-field-id").setValue("Due On");
        byId(Button.class, "add-field").click();

        assertThat(byId(com.vaadin.flow.component.html.Span.class, "entity-problem").getText()).contains("'Due On' cannot be used");
        assertThat(context.drafts.files("desk")).isEmpty();
    }

    @Test
    void movingTheSelectedFieldUpAndDownWithTheButtonsReordersTheFields() {
        EntityEditor editor = open();
        editor.fields().select(2);
        byId(Button.class, "fields-up").click();
        assertThat(fieldIds()).containsExactly("subject", "hours", "status", "note");
        assertThat(editor.fields().selectedIndex()).contains(1);

        byId(Button.class, "fields-down").click();
        byId(Button.class, "fields-down").click();
        assertThat(fieldIds()).containsExactly("subject", "status", "note", "hours");
        assertThat(byId(Button.class, "fields-down").isEnabled()).as("the last field cannot move down").isFalse();
    }

    @Test
    void draggingAFieldDropsItWhereItIsReleased() {
        EntityEditor editor = open();
        Screens.drag(editor.fields().grid(), 3, 0, GridDropLocation.ABOVE);
        assertThat(fieldIds()).containsExactly("note", "subject", "status", "hours");

        Screens.drag(editor.fields().grid(), 0, 2, GridDropLocation.BELOW);
        assertThat(fieldIds()).containsExactly("subject", "status", "note", "hours");
        assertThat(Screens.firstColumn(editor.fields().grid())).containsExactly("subject", "status", "note", "hours");
    }

    @Test
    void removingAFieldTakesItOutOfTheEntity() {
        EntityEditor editor = open();
        editor.fields().select(3);
        byId(Button.class, "fields-remove").click();

        assertThat(fieldIds()).containsExactly("subject", "status", "hours");
    }

    @Test
    void aTextFieldShowsItsLengthsAndAChoiceFieldItsChoices() {
        EntityEditor editor = open();
        editor.fields().select(0);
        assertThat(byId(TextField.class, "field-maxLength").getValue()).isEqualTo("80");

        editor.fields().select(1);
        ChoicesEditor choices = _get(ChoicesEditor.class);
        assertThat(Screens.firstColumn(choices.options().grid())).containsExactly("open", "closed");
        byId(TextField.class, "new-choice-value").setValue("waiting");
        byId(TextField.class, "new-choice-ar").setValue("بانتظار");
        byId(Button.class, "add-choice").click();

        assertThat(draftEntity().field("status").orElseThrow().settings().options())
                .extracting(option -> option.value() + "=" + option.label().in("ar"))
                .containsExactly("open=مفتوحة", "closed=مغلقة", "waiting=بانتظار");
    }

    @Test
    void changingTheTypeKeepsOnlyTheKeysOfTheNewType() {
        EntityEditor editor = open();
        editor.fields().select(0);
        byId(TextField.class, "field-maxLength").setValue("120");
        assertThat(draftEntity().field("subject").orElseThrow().settings().maxLength()).isEqualTo(120);

        byId(ComboBox.class, "field-type").setValue("decimal");
        byId(TextField.class, "field-precision").setValue("12");

        FieldDef subject = draftEntity().field("subject").orElseThrow();
        assertThat(subject.type()).isEqualTo("decimal");
        assertThat(subject.settings().precision()).isEqualTo(12);
        assertThat(context.session.check("desk").problems()).as("maxLength went with the text type").isEmpty();
    }

    @Test
    void renamingAFieldKeepsItsIdAndTheFormsAndListsFollow() {
        EntityEditor editor = open();
        editor.fields().select(2);
        byId(TextField.class, "field-name").setValue("effort");

        var definitions = context.session.check("desk");
        assertThat(definitions.problems()).isEmpty();
        FieldDef renamed = draftEntity().field("effort").orElseThrow();
        assertThat(renamed.id()).isEqualTo("hours");
        FormDef form = definitions.definitions().app("desk").orElseThrow().form("ticket").orElseThrow();
        assertThat(form.sections().getFirst().fields()).extracting(f -> f.field()).contains("effort").doesNotContain("hours");
        ListDef list = definitions.definitions().app("desk").orElseThrow().list("tickets").orElseThrow();
        assertThat(list.columns()).extracting(c -> c.field().path()).containsExactly("subject", "status", "effort");
        assertThat(context.session.draft("desk").text("desk/roles/agent.yaml").orElseThrow()).contains("effort: read-only");
    }

    @Test
    void aNameAnotherFieldHasIsRefusedAtTheNameField() {
        EntityEditor editor = open();
        editor.fields().select(2);
        TextField name = byId(TextField.class, "field-name");
        name.setValue("status");

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("'status' cannot be used");
        assertThat(fieldIds()).containsExactly("subject", "status", "hours", "note");
        assertThat(draftEntity().field("hours")).isPresent();
    }

    private EntityEditor open() {
        FileEditorPanel panel = Screens.openFile("desk", TICKET);
        return (EntityEditor) panel.structuredEditor().orElseThrow();
    }

    private EntityDef draftEntity() {
        var result = context.session.check("desk");
        return result.definitions().entity("desk", "ticket").orElseThrow(() -> new AssertionError(result.problems().toString()));
    }

    private List<String> fieldIds() {
        return draftEntity().fields().stream().map(FieldDef::id).toList();
    }
}
