package org.daftar.ui.form.render;

import java.util.Locale;
import org.daftar.ui.i18n.Messages;

/** The built-in texts of forms ({@code form.*} keys of the messages bundle) in a given language. */
public final class FormTexts {

    private static final Messages MESSAGES = new Messages();

    private FormTexts() {}

    /** The text of {@code key} in {@code locale}'s language, with {@code {0}}-style arguments. */
    public static String get(Locale locale, String key, Object... arguments) {
        return MESSAGES.getTranslation(key, locale, arguments);
    }
}
