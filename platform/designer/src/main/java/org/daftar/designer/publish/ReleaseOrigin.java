package org.daftar.designer.publish;

import java.util.Locale;

/** Where a published version came from, as stored in {@link Release#origin()}. */
public enum ReleaseOrigin {
    /** Published by an admin in the designer. */
    DESIGNER,
    /** The definition files the server read at start, or the watched folder in development. */
    FILES,
    /** Files imported as a zip. */
    IMPORT,
    /** An earlier version published again. */
    ROLLBACK;

    /** {@code designer}, {@code files}, {@code import} or {@code rollback}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReleaseOrigin of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
