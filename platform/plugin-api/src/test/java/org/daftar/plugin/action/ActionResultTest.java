package org.daftar.plugin.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.daftar.plugin.Definitions.entity;
import static org.daftar.plugin.Definitions.field;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.daftar.model.LocalizedText;
import org.junit.jupiter.api.Test;

class ActionResultTest {

    private static final LocalizedText SENT = LocalizedText.of("Marked as sent", "حُدّدت كمرسلة");

    @Test
    void aChangingActionCarriesItsChanges() {
        ActionResult result = ActionResult.changed(Map.of("sent_on", LocalDate.of(2026, 11, 3)), SENT);

        assertThat(result.succeeded()).isTrue();
        assertThat(result.changes()).containsEntry("sent_on", LocalDate.of(2026, 11, 3));
    }

    @Test
    void aDoneActionChangesNothing() {
        assertThat(ActionResult.done(SENT).changes()).isEmpty();
    }

    @Test
    void aFailedActionSaysWhy() {
        assertThatThrownBy(() -> ActionResult.failed(null)).hasMessage("a failed action says why");
        assertThat(ActionResult.failed(SENT).succeeded()).isFalse();
    }

    @Test
    void aFailedActionChangesNothing() {
        assertThatThrownBy(() -> new ActionResult(false, SENT, Map.of("sent_on", LocalDate.now())))
                .hasMessage("A failed action changes nothing");
    }

    @Test
    void theRecordAnActionGetsKeepsEmptyValuesAndCannotBeChanged() {
        Map<String, Object> record = new HashMap<>();
        record.put("number", "INV-1");
        record.put("sent_on", null);

        var context = new ActionContext(entity("accounting", "invoice", field("sent_on", "date")),
                record, "amal", Locale.ENGLISH);
        record.put("number", "INV-2");

        assertThat(context.record()).containsEntry("number", "INV-1").containsEntry("sent_on", null);
        assertThatThrownBy(() -> context.record().put("number", "INV-3"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
