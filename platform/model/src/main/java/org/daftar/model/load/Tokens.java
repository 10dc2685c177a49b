package org.daftar.model.load;

import java.util.Locale;

/** Turns the tokens of definitions into Java enum constants. */
final class Tokens {

    private Tokens() {}

    /** {@code read-only} to {@code READ_ONLY}; {@code null} for a token that is none (the schema reported it). */
    static <E extends Enum<E>> E constant(Class<E> type, String token) {
        try {
            return Enum.valueOf(type, token.replace('-', '_').toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }
}
