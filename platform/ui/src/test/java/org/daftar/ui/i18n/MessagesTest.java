package org.daftar.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private final Messages messages = new Messages();

    @Test
    void everyKeyIsGivenInEnglishAndInArabic() throws IOException {
        Set<String> english = keys(Language.ENGLISH);
        Set<String> arabic = keys(Language.ARABIC);

        assertThat(english).as("keys missing in messages_ar.properties").isSubsetOf(arabic);
        assertThat(arabic).as("keys missing in messages_en.properties").isSubsetOf(english);
    }

    @Test
    void noTextIsEmpty() throws IOException {
        for (Language language : Language.values()) {
            for (String key : keys(language)) {
                assertThat(messages.getTranslation(key, language.locale(), 1, "x"))
                        .as(key + " in " + language).isNotBlank().doesNotStartWith("!");
            }
        }
    }

    @Test
    void textsAreInTheAskedLanguageWithArguments() {
        assertThat(messages.getTranslation("home.entities", Locale.ENGLISH, 4)).isEqualTo("Entities: 4");
        assertThat(messages.getTranslation("language.label", Locale.of("ar"))).isEqualTo("اللغة");
    }

    @Test
    void aLanguageDaftarDoesNotHaveFallsBackToEnglish() {
        assertThat(messages.getTranslation("language.label", Locale.FRENCH)).isEqualTo("Language");
    }

    @Test
    void aMissingKeyIsShownMarked() {
        assertThat(messages.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    @Test
    void theProvidedLanguagesAreEnglishAndArabic() {
        assertThat(messages.getProvidedLocales()).containsExactly(Locale.ENGLISH, Locale.of("ar"));
    }

    private static Set<String> keys(Language language) throws IOException {
        String file = Messages.BUNDLE + "_" + language.code() + ".properties";
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }
}
