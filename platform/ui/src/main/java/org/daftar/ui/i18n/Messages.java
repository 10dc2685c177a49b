package org.daftar.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    private final TextBundle texts = new TextBundle(BUNDLE);

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return texts.text(locale, key, params);
    }
}
