package org.daftar.security.policy;

import java.util.List;
import java.util.Set;
import org.daftar.model.LocalizedText;

/**
 * A role a user may be given: built-in ({@code admin}) or of the definitions ({@code hr.department_manager}).
 *
 * @param name what a user's roles store
 */
public record Role(String name, LocalizedText label, boolean builtIn, Set<Capability> capabilities, List<Grant> grants) {

    public Role {
        capabilities = Set.copyOf(capabilities);
        grants = List.copyOf(grants);
    }
}
