package org.daftar.ui.form;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.ui.form.FieldTypesTest.openNew;
import static org.daftar.ui.form.FormViewTest.field;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.daftar.plugin.DaftarPlugin;
import org.daftar.plugin.Plugins;
import org.daftar.plugin.render.FieldRenderer;
import org.daftar.plugin.render.RankedTester;
import org.daftar.plugin.render.Testers;
import org.daftar.plugins.iban.IbanField;
import org.daftar.ui.form.render.UnknownFieldRenderer;
import org.daftar.ui.form.render.ValueDisplay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Plugins replace built-in renderers by ranking higher; a field no renderer knows still shows. */
class RendererRankingTest {

    private final FormTestContext context = FormTestContext.get();

    @AfterEach
    void stop() {
        MockVaadin.tearDown();
    }

    @Test
    void aPluginRendererRankingHigherThanTheBuiltInOneWins() {
        context.startVaadin(new ShoutingTitlePlugin());
        RecordEditor editor = openNew();

        TextField title = (TextField) field(editor, "title");
        assertThat(title.hasClassName("shouting")).isTrue();
        assertThat(((TextField) field(editor, "rejection_reason")).hasClassName("shouting")).isFalse();

        title.setValue("loud");
        _get(FormView.class).getActions().getSaveButton().click();
        assertThat(context.records.read(FormTestContext.ENTITY, editor.id()).orElseThrow()).containsEntry("title", "LOUD");
    }

    @Test
    void theIbanPluginsRendererShowsIbanFields() {
        context.startVaadin();
        RecordEditor editor = openNew();

        IbanField account = (IbanField) field(editor, "account");
        account.setValue("sa03 8000 0000 6080 1016 7519");

        assertThat(account.getValue()).isEqualTo("SA0380000000608010167519");
        assertThat(account.getLabel()).isEqualTo("Account");
    }

    @Test
    void aFieldOfATypeNoRendererKnowsShowsItsStoredValueReadOnlyWithANote() {
        long id = ((Number) context.specimen(Map.of("title", "Old account", "account", "SA0380000000608010167519"), "sara")
                .get("id")).longValue();
        context.startVaadinWith(Plugins.none());
        UI.getCurrent().navigate("apps/desk/forms/specimen/" + id);
        RecordEditor editor = _get(FormView.class).getEditor().orElseThrow();

        ValueDisplay account = (ValueDisplay) field(editor, "account");
        assertThat(account.getText()).isEqualTo("SA0380000000608010167519");
        assertThat(account.isReadOnly()).isTrue();
        assertThat(account.getHelperText()).isEqualTo("No renderer shows fields of type 'iban': the value is shown as stored.");
        assertThat(account.hasClassName("daftar-unknown-field")).isTrue();
    }

    @Test
    void theUnknownFieldRendererNeverCompetes() {
        assertThat(new UnknownFieldRenderer().rank(null)).isEqualTo(RankedTester.NOT_APPLICABLE);
    }

    /** A test plugin: titles in capitals, ranked one above the built-in text field. */
    static final class ShoutingTitlePlugin implements DaftarPlugin {

        @Override
        public String id() {
            return "shouting";
        }

        @Override
        public List<FieldRenderer> renderers() {
            return List.of(FieldRenderer.of(
                    Testers.rankWith(RankedTester.TYPE_SPECIFIC + 1,
                            Testers.and(Testers.isType("text"), Testers.fieldNameIs("title"))),
                    fieldContext -> {
                        TextField field = new TextField(fieldContext.label());
                        field.addClassName("shouting");
                        field.addValueChangeListener(event -> field.setValue(event.getValue().toUpperCase()));
                        return field;
                    }));
        }
    }
}
