package org.daftar.security.policy;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The signed-in user as the policy sees it: name, roles and the typed values of the apps' user
 * attributes (a reference as a {@code Long} id), and the language of refusals.
 *
 * @param attributes per app id, attribute id to value
 */
public record UserContext(String username, Set<String> roles, Map<String, Map<String, Object>> attributes, Locale locale) {

    public UserContext {
        roles = java.util.Collections.unmodifiableSet(new TreeSet<>(roles));
        Map<String, Map<String, Object>> copy = new TreeMap<>();
        attributes.forEach((app, values) -> copy.put(app, Map.copyOf(values)));
        attributes = java.util.Collections.unmodifiableMap(copy);
        locale = locale == null ? Locale.ENGLISH : locale;
    }

    /** A user with roles and no attributes. */
    public static UserContext of(String username, Locale locale, String... roles) {
        return new UserContext(username, Set.of(roles), Map.of(), locale);
    }

    /** The same user reading messages in {@code language}. */
    public UserContext in(Locale language) {
        return new UserContext(username, roles, attributes, language);
    }

    public Map<String, Object> attributes(String app) {
        return attributes.getOrDefault(app, Map.of());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
