package org.daftar.security.user;

import java.util.regex.Pattern;

/** What a user name may be: what {@code user} fields store and the audit records. */
final class Usernames {

    private static final Pattern VALID = Pattern.compile("[\\p{L}\\p{N}._@-]{1,100}");

    private Usernames() {}

    static void check(String username) {
        if (username == null || !VALID.matcher(username).matches()) {
            throw new IllegalArgumentException("A user name is 1 to 100 letters, digits, '.', '_', '@' or '-', not '"
                    + username + "'.");
        }
    }
}
