package org.daftar.ui.form.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueTextTest {

    @Test
    void valuesAreShownInTheUsersLanguage() {
        ValueText english = new ValueText(Locale.ENGLISH);
        ValueText arabic = new ValueText(Locale.of("ar"));

        assertThat(english.of(new BigDecimal("1234.50"))).isEqualTo("1,234.50");
        assertThat(english.of(true)).isEqualTo("Yes");
        assertThat(arabic.of(true)).isEqualTo("نعم");
        assertThat(english.of(LocalDate.of(2026, 3, 1))).isEqualTo("Mar 1, 2026");
        assertThat(english.of(List.of("red", "blue"))).isEqualTo("red, blue");
        assertThat(english.of(Map.of("name", "scan.pdf", "size", 6))).isEqualTo("scan.pdf");
        assertThat(english.of(null)).isEmpty();
    }

    @Test
    void aDisplayTemplateShowsARecordByItsValues() {
        assertThat(ReferenceLookup.format("{name} ({code})", 4L, Map.of("name", "Noor", "code", "C-1"))).isEqualTo("Noor (C-1)");
        assertThat(ReferenceLookup.format(null, 4L, Map.of())).isEqualTo("#4");
        assertThat(ReferenceLookup.format("{name}", 4L, Map.of())).isEqualTo("#4");
    }
}
