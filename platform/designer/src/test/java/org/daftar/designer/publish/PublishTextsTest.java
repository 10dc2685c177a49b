package org.daftar.designer.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublishTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/org/daftar/designer/publish/texts", "/org/daftar/designer/files/texts"})
    void everyTextIsInEnglishAndArabic(String bundle) throws IOException {
        Properties english = read(bundle + ".properties");
        Properties arabic = read(bundle + "_ar.properties");

        assertThat(english).isNotEmpty();
        assertThat(arabic.keySet()).isEqualTo(english.keySet());
    }

    @Test
    void textsFollowTheScreensLanguageWithDigitsAsWritten() {
        assertThat(PublishTexts.get(Locale.ENGLISH, "published", 1234L)).isEqualTo(
                "Published version 1234. Every screen uses it from its next page.");
        assertThat(PublishTexts.get(Locale.of("ar"), "published", 1234L)).isEqualTo(
                "نُشر الإصدار 1234. تستخدمه كل شاشة من صفحتها التالية.");
        assertThat(PublishTexts.get(Locale.FRENCH, "rolledBack", 3)).isEqualTo("Rolled back to version 3");
    }

    private static Properties read(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PublishTextsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
