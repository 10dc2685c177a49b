package org.daftar.ui.i18n;

import java.util.Arrays;
import java.util.Locale;

/** The languages of Daftar's screens, each named in itself, with its writing direction. */
public enum Language {
    ENGLISH(Locale.ENGLISH, "English", false),
    ARABIC(Locale.of("ar"), "العربية", true);

    private final Locale locale;
    private final String nativeName;
    private final boolean rightToLeft;

    Language(Locale locale, String nativeName, boolean rightToLeft) {
        this.locale = locale;
        this.nativeName = nativeName;
        this.rightToLeft = rightToLeft;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in that language: {@code العربية}. */
    public String nativeName() {
        return nativeName;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The language code definitions use for labels: {@code en}, {@code ar}. */
    public String code() {
        return locale.getLanguage();
    }

    /** The language of {@code locale}, English when Daftar does not have it. */
    public static Language of(Locale locale) {
        String code = locale == null ? "" : locale.getLanguage();
        return Arrays.stream(values()).filter(language -> language.code().equals(code)).findFirst().orElse(ENGLISH);
    }
}
