package org.daftar.security.user;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A stored user, without the password hash.
 *
 * @param roles built-in roles ({@code admin}, {@code manager}, {@code staff}) and roles of the
 *     definitions ({@code app.role_id})
 * @param attributes per app, the values of its {@code userAttributes} (a reference as the
 *     referenced record's id, in text)
 * @param lockedUntil when a lockout ends, or {@code null}
 */
public record User(
        long id, String username, String displayName, String email, boolean enabled, int failedLogins,
        Instant lockedUntil, Set<String> roles, Map<String, Map<String, String>> attributes) {

    public User {
        roles = java.util.Collections.unmodifiableSet(new TreeSet<>(roles));
        Map<String, Map<String, String>> copy = new TreeMap<>();
        attributes.forEach((app, values) -> copy.put(app, Map.copyOf(values)));
        attributes = java.util.Collections.unmodifiableMap(copy);
    }

    /** True while a lockout after failed sign-ins lasts. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
