package org.daftar.designer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.designer.DesignerSteps.addField;
import static org.daftar.designer.DesignerSteps.newFile;
import static org.daftar.designer.DesignerSteps.open;
import static org.daftar.designer.DesignerSteps.publishDialog;
import static org.daftar.designer.DesignerSteps.selectField;
import static org.daftar.designer.DesignerSteps.type;
import static org.daftar.designer.Screens.byId;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import org.daftar.designer.editor.ChoicesEditor;
import org.daftar.designer.editor.FormEditor;
import org.daftar.designer.publish.DefinitionsWorkspace;
import org.daftar.designer.publish.Release;
import org.daftar.designer.publishdialog.PublishDialog;
import org.daftar.designer.screen.AppDesignerView;
import org.daftar.designer.versions.VersionsDialog;
import org.daftar.testsupport.TestDatabase;
import org.daftar.ui.form.FormView;
import org.daftar.ui.form.RecordEditor;
import org.daftar.ui.form.render.NumberInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8's walkthrough, only through screens and never in YAML, on the real workspace and
 * PostgreSQL: an admin makes an app with an entity of ten fields of different types, a form of two
 * sections with a rule and a list, and publishes it; a staff user enters a record in the ui module's
 * form; the admin changes a type safely, renames a field (the record keeps its value under the new
 * name), is refused an unsafe change with the reason shown, and rolls the rename back.
 *
 * <p>The safe type change comes before the rename so that rolling back the rename is itself safe:
 * undoing a widening narrows the column, which a rollback refuses like any publish.
 */
class DesignerWalkthroughTest {

    @AfterEach
    void stop() {
        DesignerTestContext.stop();
    }

    @Test
    void anAdminMakesAnAppWithoutYamlAndChangesItWhileStaffKeepTheirData() {
        DesignerTestContext context = DesignerTestContext.start();
        DefinitionsWorkspace workspace = context.workspace;
        TestDatabase db = context.db();

        // The admin makes the app, its entity with ten fields of different types, a form and a list.
        DesignerSteps.newApp("clinic", "Clinic", "العيادة", "patient");
        open("clinic/entities/patient.yaml");
        addField("notes", "long-text");
        addField("visits", "integer");
        addField("balance", "decimal");
        addField("fee", "money");
        type("field-currency", "SAR");
        addField("born_on", "date");
        addField("active", "boolean");
        addField("gender", "choice");
        choice("female", "Female", "أنثى");
        choice("male", "Male", "ذكر");
        _get(ChoicesEditor.class).options().select(0);
        byId(Button.class, "choices-remove").click();
        addField("email", "email");
        addField("phone", "phone");
        assertThat(Screens.firstColumn(_get(org.daftar.designer.editor.EntityEditor.class).fields().grid())).containsExactly(
                "name", "notes", "visits", "balance", "fee", "born_on", "active", "gender", "email", "phone");

        newFile("form", "patient", "patient");
        byId(TextField.class, "new-section-id").setValue("contact");
        byId(Button.class, "add-section").click();
        DesignerSteps.moveToSection(List.of("email", "phone"), 0, 1);
        FormEditor form = _get(FormEditor.class);
        form.sections().select(0);
        form.fields().orElseThrow().select(1);
        type("form-field-visibleWhen", "active = true");
        newFile("list", "patients", "patient");
        AppDesignerView designer = _get(AppDesignerView.class);
        assertThat(designer.panel().orElseThrow().check().problems()).isEmpty();

        PublishDialog first = publishDialog();
        assertThat(first.plan().canPublish()).isTrue();
        assertThat(String.join("\n", first.plan().lines())).containsIgnoringCase("patient");
        first.comment().setValue("A clinic");
        first.publishButton().click();
        assertThat(workspace.releases().getFirst().comment()).isEqualTo("A clinic");
        long made = workspace.releases().getFirst().number();
        DesignerTestContext.stopVaadin();

        // A staff user enters a record with the real form; the rule shows the notes of active patients.
        StaffScreens.start(context.fixture.holder(), SignedIn.STAFF);
        UI.getCurrent().navigate("apps/clinic/forms/patient");
        FormView view = _get(FormView.class);
        RecordEditor editor = view.getEditor().orElseThrow();
        ((TextField) editor.field("name").orElseThrow()).setValue("Huda Salem");
        ((NumberInput) editor.field("visits").orElseThrow()).setText("3");
        assertThat(editor.field("notes").orElseThrow().isVisible()).isFalse();
        ((Checkbox) editor.field("active").orElseThrow()).setValue(true);
        assertThat(editor.field("notes").orElseThrow().isVisible()).isTrue();
        ((TextArea) editor.field("notes").orElseThrow()).setValue("Allergic to penicillin");
        view.getActions().getSaveButton().click();
        assertThat(view.getProblems()).isEmpty();
        long id = editor.id();
        DesignerTestContext.stopVaadin();

        // The admin makes a safe type change: visits may hold decimals.
        context.startVaadin();
        Screens.openFile("clinic", "clinic/entities/patient.yaml");
        selectField("visits");
        @SuppressWarnings("unchecked")
        ComboBox<String> fieldType = byId(ComboBox.class, "field-type");
        fieldType.setValue("decimal");
        PublishDialog widen = publishDialog();
        assertThat(widen.plan().canPublish()).as(String.join("\n", widen.plan().lines())).isTrue();
        widen.publishButton().click();
        long widened = workspace.releases().getFirst().number();
        assertThat(new BigDecimal(db.queryValue("select visits from clinic.patient where id = " + id).toString()))
                .isEqualByComparingTo("3");

        // ... renames it: the record keeps its value under the new name.
        selectField("visits");
        type("field-name", "visit_count");
        PublishDialog rename = publishDialog();
        assertThat(String.join("\n", rename.plan().lines())).contains("visit_count");
        rename.publishButton().click();
        assertThat(new BigDecimal(db.queryValue("select visit_count from clinic.patient where id = " + id).toString()))
                .isEqualByComparingTo("3");
        assertThat(db.queryValue("select notes from clinic.patient where id = " + id)).isEqualTo("Allergic to penicillin");

        // ... attempts an unsafe change, which is refused with the reason, and discards it.
        selectField("name");
        type("field-maxLength", "4");
        PublishDialog unsafe = publishDialog();
        assertThat(unsafe.publishButton().isEnabled()).isFalse();
        assertThat(unsafe.plan().lines()).anySatisfy(line -> assertThat(line).startsWith("Refused: ")
                .contains("a shorter text cannot hold longer values").contains("longer than 4 characters"));
        unsafe.close();
        designerOf().discard();
        byId(Button.class, "discard-confirm").click();

        // ... and rolls the rename back: the value is under the old name again.
        VersionsDialog versions = designerOf().versions();
        Release target = workspace.releases().stream().filter(r -> r.number() == widened).findFirst().orElseThrow();
        versions.releases().select(target);
        versions.rollbackButton().click();
        PublishDialog rollback = _get(PublishDialog.class, spec -> spec.withId("publish-dialog"));
        assertThat(rollback.plan().canPublish()).as(String.join("\n", rollback.plan().lines())).isTrue();
        rollback.publishButton().click();
        assertThat(workspace.releases().getFirst().comment()).isEqualTo("Rolled back to version " + widened);
        assertThat(new BigDecimal(db.queryValue("select visits from clinic.patient where id = " + id).toString()))
                .isEqualByComparingTo("3");
        assertThat(made).isLessThan(widened);
        assertThat(GridKt._size(versions.releases())).isEqualTo(workspace.releases().size());
    }

    private static void choice(String value, String english, String arabic) {
        byId(TextField.class, "new-choice-value").setValue(value);
        byId(TextField.class, "new-choice-en").setValue(english);
        byId(TextField.class, "new-choice-ar").setValue(arabic);
        byId(Button.class, "add-choice").click();
    }

    private static AppDesignerView designerOf() {
        return _get(AppDesignerView.class);
    }
}
