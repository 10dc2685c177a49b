package org.daftar.designer.i18n;

import java.util.Locale;
import org.daftar.ui.i18n.Language;
import org.daftar.ui.i18n.TextBundle;

/**
 * The designer's texts in one language, from its own bundle
 * ({@code org/daftar/designer/i18n/designer_*.properties}), with {@code {0}}-style arguments. A
 * missing key shows as {@code !key!} so that it is seen; a test checks both languages have the
 * same keys.
 */
public final class DesignerTexts {

    /** The bundle's base name on the classpath. */
    public static final String BUNDLE = "org.daftar.designer.i18n.designer";

    private static final TextBundle TEXTS = new TextBundle(BUNDLE);

    private final Language language;

    private DesignerTexts(Language language) {
        this.language = language;
    }

    /** The texts of {@code locale}'s language (English unless Arabic). */
    public static DesignerTexts of(Locale locale) {
        return new DesignerTexts(Language.of(locale == null ? Locale.ENGLISH : locale));
    }

    public String get(String key, Object... arguments) {
        return TEXTS.text(language.locale(), key, arguments);
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
}
