package org.daftar.designer.publish;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.daftar.ui.i18n.TextBundle;

/**
 * The sentences publishing gives the admin, in English or Arabic
 * ({@code org/daftar/designer/publish/texts*.properties}).
 */
public final class PublishTexts {

    private static final TextBundle TEXTS = new TextBundle("org.daftar.designer.publish.texts");

    private PublishTexts() {}

    /** The text {@code key} in {@code locale} (Arabic for {@code ar}, else English), filled with {@code arguments}. */
    public static String get(Locale locale, String key, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]); // digits as written, in both languages
        }
        return TEXTS.text(locale, key, texts);
    }

    /** The language of the screen this runs for, English outside one. */
    public static Locale currentLocale() {
        UI ui = UI.getCurrent();
        return ui != null && ui.getLocale() != null ? ui.getLocale() : Locale.ENGLISH;
    }
}
