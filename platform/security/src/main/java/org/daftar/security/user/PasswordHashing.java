package org.daftar.security.user;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are kept only as bcrypt hashes (a random salt each, cost 10 by default): a stolen table
 * gives no password, and two users with the same password get different hashes.
 *
 * <pre>{@code
 * PasswordHashing hashing = new PasswordHashing();
 * String stored = hashing.hash("correct horse battery");   // $2a$10$...
 * hashing.matches("correct horse battery", stored);        // true
 * }</pre>
 */
public final class PasswordHashing {

    /** The shortest password accepted. */
    public static final int MINIMUM_LENGTH = 8;

    private final BCryptPasswordEncoder encoder;

    public PasswordHashing() {
        this(10);
    }

    /** With bcrypt's cost factor {@code strength} (4-31; each step doubles the work). */
    public PasswordHashing(int strength) {
        this.encoder = new BCryptPasswordEncoder(strength);
    }

    /**
     * The hash to store for {@code password}.
     *
     * @throws IllegalArgumentException when the password is shorter than {@link #MINIMUM_LENGTH}
     */
    public String hash(String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MINIMUM_LENGTH + " characters.");
        }
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return password != null && hash != null && encoder.matches(password, hash);
    }

    /** The encoder, for Spring Security's authentication provider. */
    public PasswordEncoder encoder() {
        return encoder;
    }
}
