package org.daftar.security.policy;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.daftar.model.role.PermissionDef.Action;

/** The roles every installation has, with their actions on every entity and their capabilities. */
public enum BuiltInRole {
    ADMIN(EnumSet.allOf(Action.class), EnumSet.allOf(Capability.class)),
    MANAGER(EnumSet.of(Action.READ, Action.EXPORT), EnumSet.of(Capability.REPORTS, Capability.SQL_MODE)),
    STAFF(EnumSet.of(Action.CREATE, Action.READ, Action.UPDATE), EnumSet.of(Capability.DATA_ENTRY));

    private final Set<Action> actions;
    private final Set<Capability> capabilities;

    BuiltInRole(Set<Action> actions, Set<Capability> capabilities) {
        this.actions = actions;
        this.capabilities = capabilities;
    }

    /** The role's name as stored for users: {@code admin}, {@code manager}, {@code staff}. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    Set<Action> actions() {
        return actions;
    }

    public Set<Capability> capabilities() {
        return capabilities;
    }

    public static Optional<BuiltInRole> named(String name) {
        for (BuiltInRole role : values()) {
            if (role.roleName().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
