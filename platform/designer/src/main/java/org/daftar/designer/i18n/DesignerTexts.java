package org.daftar.designer.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.daftar.ui.i18n.Language;

/**
 * The designer's texts in one language, from its own bundle
 * ({@code org/daftar/designer/i18n/designer_*.properties}), with {@code {0}}-style arguments. A
 * missing key shows as {@code !key!} so that it is seen; a test checks both languages have the
 * same keys.
 */
public final class DesignerTexts {

    /** The bundle's base name on the classpath. */
    public static final String BUNDLE = "org.daftar.designer.i18n.designer";

    private final Language language;

    private DesignerTexts(Language language) {
        this.language = language;
    }

    /** The texts of {@code locale}'s language (English unless Arabic). */
    public static DesignerTexts of(Locale locale) {
        return new DesignerTexts(Language.of(locale == null ? Locale.ENGLISH : locale));
    }

    public String get(String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, language.locale(), NoFallback.INSTANCE).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public Language language() {
        return language;
    }

    /** The language code labels are read in: {@code en} or {@code ar}. */
    public String code() {
        return language.code();
    }

    /** {@code rtl} for Arabic, {@code ltr} otherwise, for a {@code dir} attribute. */
    public String direction() {
        return language.rightToLeft() ? "rtl" : "ltr";
    }

    /** Looks a language up in its own file only, never in the machine's default language. */
    private static final class NoFallback extends ResourceBundle.Control {

        static final NoFallback INSTANCE = new NoFallback();

        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
