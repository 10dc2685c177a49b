package org.daftar.designer.publish;

import com.vaadin.flow.component.UI;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The sentences publishing gives the admin, in English or Arabic
 * ({@code org/daftar/designer/publish/texts*.properties}).
 */
public final class PublishTexts {

    private static final String BUNDLE = "org.daftar.designer.publish.texts";

    private PublishTexts() {}

    /** The text {@code key} in {@code locale} (Arabic for {@code ar}, else English), filled with {@code arguments}. */
    public static String get(Locale locale, String key, Object... arguments) {
        Locale language = locale != null && "ar".equals(locale.getLanguage()) ? Locale.of("ar") : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]); // digits as written, in both languages
        }
        return new MessageFormat(bundle.getString(key), language).format(texts);
    }

    /** The language of the screen this runs for, English outside one. */
    public static Locale currentLocale() {
        UI ui = UI.getCurrent();
        return ui != null && ui.getLocale() != null ? ui.getLocale() : Locale.ENGLISH;
    }
}
