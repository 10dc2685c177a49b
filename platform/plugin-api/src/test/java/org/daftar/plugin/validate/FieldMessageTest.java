package org.daftar.plugin.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.daftar.model.LocalizedText;
import org.junit.jupiter.api.Test;

class FieldMessageTest {

    private static final LocalizedText BEFORE_START =
            LocalizedText.of("The end date is before the start date", "تاريخ النهاية قبل تاريخ البداية");

    @Test
    void aMessageOnAFieldNamesIt() {
        FieldMessage message = FieldMessage.on("end_date", BEFORE_START);

        assertThat(message.field()).isEqualTo("end_date");
        assertThat(message.isAboutRecord()).isFalse();
        assertThat(message.message().in("ar")).isEqualTo("تاريخ النهاية قبل تاريخ البداية");
    }

    @Test
    void aMessageOnTheRecordNamesNoField() {
        FieldMessage message = FieldMessage.onRecord(BEFORE_START);

        assertThat(message.field()).isNull();
        assertThat(message.isAboutRecord()).isTrue();
    }

    @Test
    void aMessageHasText() {
        assertThatThrownBy(() -> FieldMessage.on("end_date", null)).isInstanceOf(NullPointerException.class);
    }
}
