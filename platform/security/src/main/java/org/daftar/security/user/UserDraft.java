package org.daftar.security.user;

import java.util.Map;
import java.util.Set;

/**
 * What an admin enters for a new or changed user.
 *
 * @param password the new password in clear, or {@code null} to keep the current one (required for
 *     a new user); it is hashed before it is stored
 */
public record UserDraft(
        String username, String displayName, String email, String password, boolean enabled, Set<String> roles,
        Map<String, Map<String, String>> attributes) {

    public UserDraft {
        roles = Set.copyOf(roles);
        attributes = Map.copyOf(attributes);
    }
}
