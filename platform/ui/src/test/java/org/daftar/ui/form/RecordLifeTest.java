package org.daftar.ui.form;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.ui.form.FieldTypesTest.openNew;
import static org.daftar.ui.form.FormViewTest.field;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.daftar.data.record.WriteContext;
import org.daftar.ui.form.render.NumberInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Saving over someone else's change, save and new, delete with undo, and the history. */
class RecordLifeTest {

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
    void aSaveOverAnotherUsersChangeSaysWhoChangedWhatAndOffersToCompareOrReload() {
        long id = id(context.specimen(Map.of("title", "Shared", "price", new BigDecimal("10")), "sara"));
        FormView view = open(id);
        RecordEditor editor = view.getEditor().orElseThrow();
        context.records.update(FormTestContext.ENTITY, id, Map.of("version", 0, "title", "Theirs", "price", 12),
                WriteContext.of("omar", Locale.ENGLISH));

        ((TextField) field(editor, "title")).setValue("Mine");
        view.getActions().getSaveButton().click();

        StaleRecordDialog stale = _get(StaleRecordDialog.class);
        assertThat(stale.getChanges()).singleElement().asString().startsWith("omar changed Title, Price at ");
        assertThat(context.records.read(FormTestContext.ENTITY, id).orElseThrow()).containsEntry("title", "Theirs");

        stale.getCompareButton().click();
        assertThat(_get(CompareDialog.class).getDifferences()).contains(
                new CompareDialog.Difference("Title", "Theirs", "Mine"),
                new CompareDialog.Difference("Price", "12.00", "10.00"));
        _get(CompareDialog.class).close();

        stale.getReloadButton().click();
        RecordEditor reloaded = view.getEditor().orElseThrow();
        assertThat(((TextField) field(reloaded, "title")).getValue()).isEqualTo("Theirs");
        assertThat(((NumberInput) field(reloaded, "price")).getText()).isEqualTo("12.00");
        assertThat(reloaded.isDirty()).isFalse();
    }

    @Test
    void saveAndNewSavesTheRecordAndStartsAnEmptyOne() {
        RecordEditor editor = openNew();
        ((TextField) field(editor, "title")).setValue("One of many");
        FormView view = _get(FormView.class);

        view.getActions().getSaveAndNewButton().click();

        RecordEditor fresh = view.getEditor().orElseThrow();
        assertThat(fresh.id()).isNull();
        assertThat(((TextField) field(fresh, "title")).getValue()).isEmpty();
        assertThat(view.getTitle()).isEqualTo("New Specimen");
        assertThat(context.db.queryValue("select count(*) from desk.specimen where title = 'One of many'")).isEqualTo(1L);
    }

    @Test
    void aDeletedRecordCanBeBroughtBackWithUndo() {
        long id = id(context.specimen(Map.of("title", "Short-lived"), "sara"));
        FormView view = open(id);
        assertThat(view.getActions().getDeleteButton().isVisible()).isTrue();

        view.getActions().getDeleteButton().click();

        assertThat(view.isDeleted()).isTrue();
        assertThat(view.getActions().getDeleteButton().isVisible()).isFalse();
        assertThat(view.getActions().getSaveButton().isEnabled()).isFalse();
        assertThat(context.records.read(FormTestContext.ENTITY, id).orElseThrow().get("deleted_at")).isNotNull();
        Notification deleted = NotificationsKt.getNotifications().getLast();
        _get(deleted, Button.class, spec -> spec.withId("form-undo")).click();

        assertThat(context.records.read(FormTestContext.ENTITY, id).orElseThrow().get("deleted_at")).isNull();
        assertThat(view.isDeleted()).isFalse();
        assertThat(((TextField) field(view.getEditor().orElseThrow(), "title")).isReadOnly()).isFalse();
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(n.getElement().getProperty("text", "") + n.getElement().getTextRecursively()).contains("Specimen restored."));
    }

    @Test
    void aNewRecordOffersNeitherDeleteNorHistory() {
        openNew();
        FormView view = _get(FormView.class);

        assertThat(view.getActions().getDeleteButton().isVisible()).isFalse();
        assertThat(view.getActions().getHistoryButton().isVisible()).isFalse();
    }

    @Test
    void theHistoryShowsWhoChangedWhatWhenNewestFirst() {
        Map<String, Object> values = new HashMap<>(Map.of("title", "Audited", "price", new BigDecimal("10")));
        long id = id(context.specimen(values, "sara"));
        context.records.update(FormTestContext.ENTITY, id, Map.of("version", 0, "price", 12, "title", "Audited again"),
                WriteContext.of("omar", Locale.ENGLISH));
        FormView view = open(id);

        view.getActions().getHistoryButton().click();

        HistoryDialog history = _get(HistoryDialog.class);
        assertThat(history.getEvents()).extracting(HistoryDialog.Event::action)
                .containsExactly("omar changed it", "sara created it");
        assertThat(history.getEvents().getFirst().changes())
                .contains("Price: 10.00 → 12.00", "Title: Audited → Audited again");
        assertThat(history.getEvents().getFirst().when()).isNotBlank();
        history.close();

        org.daftar.ui.shell.UiLanguage.switchTo(UI.getCurrent(), org.daftar.ui.i18n.Language.ARABIC);
        view.getActions().getHistoryButton().click();
        HistoryDialog arabic = _get(HistoryDialog.class);
        assertThat(arabic.getEvents().getFirst().action()).isEqualTo("عدّله omar");
        assertThat(arabic.getEvents().getFirst().changes()).contains("السعر: 10.00 ← 12.00");
    }

    private static FormView open(long id) {
        UI.getCurrent().navigate("apps/desk/forms/specimen/" + id);
        return _get(FormView.class);
    }

    private static long id(Map<String, Object> record) {
        return ((Number) record.get("id")).longValue();
    }
}
