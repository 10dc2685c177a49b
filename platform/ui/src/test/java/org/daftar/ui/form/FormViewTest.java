package org.daftar.ui.form;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FormViewTest {

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
    void aNewRecordStartsWithTheFormsDefaultsAndIsSavedUnderItsNewAddress() {
        UI.getCurrent().navigate("apps/desk/forms/specimen");
        FormView view = _get(FormView.class);
        RecordEditor editor = view.getEditor().orElseThrow();

        assertThat(view.getTitle()).isEqualTo("New Specimen");
        assertThat(value(editor, "due_on")).isEqualTo(LocalDate.now());
        assertThat(value(editor, "owner")).isEqualTo("sara");
        assertThat(value(editor, "status")).isEqualTo("draft");

        ((TextField) field(editor, "title")).setValue("First");
        view.getActions().getSaveButton().click();

        assertThat(view.getProblems()).isEmpty();
        Long id = editor.id();
        assertThat(id).isNotNull();
        assertThat(context.records.read(FormTestContext.ENTITY, id).orElseThrow()).containsEntry("title", "First")
                .containsEntry("owner", "sara").containsEntry("status", "draft");
        assertThat(view.getTitle()).isEqualTo("Specimen: First");
        assertThat(view.getActions().getHistoryButton().isVisible()).isTrue();
        assertThat(view.getActions().getDeleteButton().isVisible()).isTrue();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .as("the address becomes the record's, so that it can be bookmarked")
                .anySatisfy(js -> assertThat(js.getInvocation().getParameters()).contains("apps/desk/forms/specimen/" + id));
    }

    @Test
    void anAddressOfNoRecordSaysSo() {
        UI.getCurrent().navigate("apps/desk/forms/specimen/987654");

        assertThat(_get(FormView.class).getTitle()).isEqualTo("There is no Specimen with the id 987654, or you may not see it.");
        assertThat(_get(FormView.class).getEditor()).isEmpty();
    }

    @Test
    void anAddressOfNoFormSaysSo() {
        UI.getCurrent().navigate("apps/desk/forms/nothing");

        assertThat(_get(FormView.class).getTitle()).isEqualTo("There is no form 'nothing' in the app 'desk'.");
    }

    static Component field(RecordEditor editor, String name) {
        return editor.field(name).orElseThrow(() -> new AssertionError("no field " + name));
    }

    static Object value(RecordEditor editor, String name) {
        return ((com.vaadin.flow.component.HasValue<?, ?>) field(editor, name)).getValue();
    }
}
