package org.daftar.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Built-in texts from {@code messages_en.properties} and {@code messages_ar.properties}, with
 * {@link MessageFormat} arguments ({@code {0}}). A missing key shows as {@code !key!} so that it is
 * seen, not hidden; a test checks both languages have the same keys.
 */
@Component
public class Messages implements I18NProvider {

    /** The bundle's base name on the classpath. */
    public static final String BUNDLE = "messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = Language.of(locale).locale();
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, language, NoFallback.INSTANCE).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
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
