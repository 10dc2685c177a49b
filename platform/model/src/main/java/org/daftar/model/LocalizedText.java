package org.daftar.model;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A label, help text or message given per language ({@code {en: Product, ar: منتج}}) or once for
 * all languages (a plain string, kept under the key {@code "*"}).
 */
public record LocalizedText(Map<String, String> texts) {

    private static final String ANY_LANGUAGE = "*";

    public LocalizedText {
        texts = Map.copyOf(new TreeMap<>(Objects.requireNonNull(texts)));
    }

    public static LocalizedText of(String text) {
        return new LocalizedText(Map.of(ANY_LANGUAGE, text));
    }

    public static LocalizedText of(String english, String arabic) {
        return new LocalizedText(Map.of("en", english, "ar", arabic));
    }

    /** The text in {@code language}, else in English, else any text there is. */
    public String in(String language) {
        String text = texts.get(language);
        if (text == null) {
            text = texts.getOrDefault(ANY_LANGUAGE, texts.get("en"));
        }
        return text != null ? text : texts.values().stream().findFirst().orElse("");
    }

    public String in(Locale locale) {
        return in(locale.getLanguage());
    }

    /** True when the text is given for {@code language} itself or once for all languages. */
    public boolean hasLanguage(String language) {
        return texts.containsKey(language) || texts.containsKey(ANY_LANGUAGE);
    }

    @Override
    public String toString() {
        return in("en");
    }
}
