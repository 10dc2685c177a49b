package org.daftar.designer.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DesignerTextsTest {

    @Test
    void everyTextIsInEnglishAndInArabic() throws IOException {
        assertThat(load("en").stringPropertyNames()).isEqualTo(load("ar").stringPropertyNames());
    }

    @Test
    void arabicTextsAreShownRightToLeft() {
        DesignerTexts arabic = DesignerTexts.of(Locale.of("ar"));

        assertThat(arabic.direction()).isEqualTo("rtl");
        java.util.Date noon = java.util.Date.from(java.time.LocalDateTime.of(2026, 11, 27, 12, 30)
                .atZone(java.time.ZoneId.systemDefault()).toInstant());
        assertThat(arabic.get("app.draft", 3, "amal", noon)).startsWith("تغييرات غير منشورة في 3 ملفات، آخرها من amal");
        assertThat(DesignerTexts.of(Locale.ENGLISH).get("app.draft", 1, "amal", noon))
                .startsWith("Unpublished changes in 1 file, last by amal at 12:30");
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DesignerTexts.class.getResourceAsStream("designer_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
