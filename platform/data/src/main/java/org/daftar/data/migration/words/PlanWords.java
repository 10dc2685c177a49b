package org.daftar.data.migration.words;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Says {@link Words} in English or Arabic from {@code org/daftar/data/migration/words/messages_*.properties}
 * ({@link MessageFormat} patterns: {@code {0}} arguments, {@code choice} for the forms a count takes).
 * Digits are written the same in both languages, as the rest of Daftar writes them. A key missing from
 * a language shows as {@code !key!}, so it is seen; a test checks both languages have every key.
 */
public final class PlanWords {

    /** The bundle's base name on the classpath. */
    public static final String BUNDLE = "org.daftar.data.migration.words.messages";

    private static final Locale ARABIC = Locale.of("ar");

    private PlanWords() {}

    static String say(Words words, Locale locale) {
        Locale language = language(locale);
        String pattern;
        try {
            pattern = bundle(language).getString(words.key());
        } catch (MissingResourceException e) {
            return "!" + words.key() + "!";
        }
        Object[] arguments = words.arguments().stream().map(argument -> argument instanceof Number ? argument : text(argument, locale))
                .toArray();
        return new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    /** What separates the items of a list in {@code locale}'s language: {@code ", "} or {@code "، "}. */
    public static String comma(Locale locale) {
        return Words.of("separator.comma").in(locale);
    }

    /** What separates the parts of a sentence in {@code locale}'s language: {@code "; "} or {@code "؛ "}. */
    public static String semicolon(Locale locale) {
        return Words.of("separator.semicolon").in(locale);
    }

    /** The keys the language of {@code locale} has. */
    public static Set<String> keys(Locale locale) {
        return bundle(language(locale)).keySet();
    }

    private static String text(Object argument, Locale locale) {
        if (argument instanceof Words words) {
            return words.in(locale);
        }
        if (argument instanceof List<?> items) {
            return joined(items, comma(locale), locale);
        }
        if (argument instanceof Words.Joined joined) {
            return joined(joined.items(), Words.of(joined.separatorKey()).in(locale), locale);
        }
        return String.valueOf(argument);
    }

    private static String joined(List<?> items, String separator, Locale locale) {
        return items.stream().map(item -> text(item, locale)).collect(Collectors.joining(separator));
    }

    private static Locale language(Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage()) ? ARABIC : Locale.ENGLISH;
    }

    private static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
