package org.daftar.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of one resource bundle in Arabic or English, with {@link MessageFormat} arguments
 * ({@code {0}}). A language is looked up in its own file (or the bundle's base file), never in the
 * machine's default language; a missing key shows as {@code !key!} so that it is seen.
 *
 * <pre>{@code
 * TextBundle texts = new TextBundle("org.daftar.designer.publish.texts");
 * texts.text(Locale.of("ar"), "published", 3);   // نُشر الإصدار 3 ...
 * }</pre>
 */
public final class TextBundle {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;

    /** @param baseName the bundle's base name on the classpath, e.g. {@code messages} */
    public TextBundle(String baseName) {
        this.baseName = baseName;
    }

    /** Text {@code key} in {@code locale}'s language (English unless Arabic), filled with {@code arguments}. */
    public String text(Locale locale, String key, Object... arguments) {
        Locale language = Language.of(locale).locale();
        try {
            String pattern = ResourceBundle.getBundle(baseName, language, NO_FALLBACK).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, language).format(arguments);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }
}
