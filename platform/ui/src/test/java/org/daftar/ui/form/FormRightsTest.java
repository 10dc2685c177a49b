package org.daftar.ui.form;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.ui.form.FormViewTest.field;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.data.Rights;
import org.daftar.ui.form.render.NumberInput;
import org.daftar.ui.form.render.ReferenceBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A form shows what the user's rights allow: hidden fields, read-only fields, the buttons. */
class FormRightsTest {

    private static final Rights CLERK_ON_SPECIMENS =
            new Rights(true, true, true, false, false, false, Set.of("notes"), Set.of("price"));
    private static final Rights READER_OF_PARTNERS =
            new Rights(false, true, false, false, false, false, Set.of(), Set.of());

    private final FormTestContext context = FormTestContext.get();

    @AfterEach
    void stop() {
        MockVaadin.tearDown();
    }

    @Test
    void hiddenFieldsAreNotShownReadOnlyFieldsCannotBeChangedAndForbiddenActionsAreNotOffered() {
        long id = ((Number) context.specimen(Map.of("title", "Guarded", "notes", "secret"), "sara").get("id")).longValue();
        context.startVaadinAs(clerk());
        UI.getCurrent().navigate("apps/desk/forms/specimen/" + id);
        FormView view = _get(FormView.class);
        RecordEditor editor = view.getEditor().orElseThrow();

        assertThat(editor.field("notes")).isEmpty();
        assertThat(((NumberInput) field(editor, "price")).isReadOnly()).isTrue();
        assertThat(((TextField) field(editor, "title")).isReadOnly()).isFalse();
        assertThat(view.getActions().getDeleteButton().isVisible()).isFalse();
        assertThat(((ReferenceBox) field(editor, "partner")).getCreateNewButton()).isEmpty();
        assertThat(editor.changes()).doesNotContainKeys("notes", "price");
    }

    @Test
    void aUserWhoMayOnlyReadSeesTheRecordButCannotSaveIt() {
        long id = ((Number) context.specimen(Map.of("title", "Look only"), "sara").get("id")).longValue();
        context.startVaadinAs(gateway(READER_OF_PARTNERS, READER_OF_PARTNERS));
        UI.getCurrent().navigate("apps/desk/forms/specimen/" + id);
        FormView view = _get(FormView.class);

        assertThat(((TextField) field(view.getEditor().orElseThrow(), "title")).isReadOnly()).isTrue();
        assertThat(view.getActions().getSaveButton().isEnabled()).isFalse();
        assertThat(view.getActions().getDeleteButton().isVisible()).isFalse();
        assertThat(view.getActions().getHistoryButton().isVisible()).isTrue();
    }

    private DataGateway clerk() {
        return gateway(CLERK_ON_SPECIMENS, READER_OF_PARTNERS);
    }

    private DataGateway gateway(Rights onSpecimens, Rights onOthers) {
        DataGateway everything = context.gateway;
        return (DataGateway) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataGateway.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("rights")) {
                        return "desk.specimen".equals(arguments[0]) ? onSpecimens : onOthers;
                    }
                    try {
                        return method.invoke(everything, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
