package org.daftar.designer.files;

import java.util.Locale;
import org.daftar.ui.i18n.TextBundle;

/**
 * Why an imported zip, or one of its entries, was not accepted.
 *
 * @param kind what is wrong
 * @param entry the entry's name in the zip; empty for the zip as a whole
 * @param limit the limit exceeded (KB, MB or files), 0 when none
 */
public record ZipProblem(Kind kind, String entry, long limit) {

    private static final TextBundle TEXTS = new TextBundle("org.daftar.designer.files.texts");

    public enum Kind {
        /** The name leaves the zip's folder (path traversal). */
        OUTSIDE,
        /** Not a {@code .yaml}, {@code .yml} or {@code .json} file. */
        NOT_DEFINITION,
        /** A file at the top, outside every app's folder. */
        NO_APP,
        /** One file over the limit. */
        TOO_LARGE,
        /** Too many files. */
        TOO_MANY,
        /** The files together over the limit. */
        TOTAL_TOO_LARGE,
        /** Not UTF-8 text. */
        NOT_UTF8,
        /** Not a zip at all. */
        NOT_ZIP,
        /** No definition file in it. */
        EMPTY
    }

    /** The sentence for the admin, in Arabic for {@code ar}, else English. */
    public String text(Locale locale) {
        String key = switch (kind) {
            case OUTSIDE -> "outside";
            case NOT_DEFINITION -> "notDefinition";
            case NO_APP -> "noApp";
            case TOO_LARGE -> "tooLarge";
            case TOO_MANY -> "tooMany";
            case TOTAL_TOO_LARGE -> "totalTooLarge";
            case NOT_UTF8 -> "notUtf8";
            case NOT_ZIP -> "notZip";
            case EMPTY -> "empty";
        };
        Object[] arguments = switch (kind) {
            case TOO_MANY, TOTAL_TOO_LARGE -> new Object[] {String.valueOf(limit)};
            default -> new Object[] {entry, String.valueOf(limit)};
        };
        return TEXTS.text(locale, key, arguments);
    }

    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }
}
