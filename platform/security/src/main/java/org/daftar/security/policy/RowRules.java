package org.daftar.security.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.daftar.query.model.Filter;

/**
 * Turns the row rules of grants into filters of the query model, binding {@code user} to the user
 * name and {@code user.ATTR} to the user's attribute of the role's app (unbound when the user has
 * none: such a rule then matches no row).
 */
final class RowRules {

    private RowRules() {}

    /** The OR of the grants' rules; {@link Filter#NONE} when one of them has none. */
    static Filter anyOf(List<Grant> grants, UserContext user) {
        if (grants.stream().anyMatch(grant -> grant.rows() == null)) {
            return Filter.NONE;
        }
        List<Filter> filters = grants.stream().map(grant -> filter(grant, user)).distinct().toList();
        return filters.size() == 1 ? filters.getFirst() : new Filter.Any(filters);
    }

    static Filter filter(Grant grant, UserContext user) {
        Map<String, Object> names = new HashMap<>();
        names.put("user", user.username());
        user.attributes(grant.app()).forEach((name, value) -> names.put("user." + name, value));
        return Filter.expression(grant.rows(), names);
    }
}
