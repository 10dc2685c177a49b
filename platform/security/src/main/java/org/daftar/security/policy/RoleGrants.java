package org.daftar.security.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daftar.model.Definitions;
import org.daftar.model.LocalizedText;
import org.daftar.model.app.App;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.model.expression.Expressions;
import org.daftar.model.role.PermissionDef;
import org.daftar.model.role.RoleDef;

/**
 * Reads every role of the definitions, and the built-in roles, into grants per entity.
 *
 * <p>A lines entity that a role does not name is granted with its parent (same actions, no field
 * restrictions) when the parent's grant has no row rule: lines are entered and read with their
 * parent. Under a row rule it is not readable on its own, only through its parent.
 */
final class RoleGrants {

    private RoleGrants() {}

    static Map<String, Role> of(Definitions definitions) {
        Map<String, Role> roles = new LinkedHashMap<>();
        List<String> every = definitions.apps().stream()
                .flatMap(app -> app.entities().stream().map(EntityDef::qualifiedId)).toList();
        for (BuiltInRole builtIn : BuiltInRole.values()) {
            List<Grant> grants = every.stream()
                    .map(entity -> new Grant(entity, entity.substring(0, entity.indexOf('.')), builtIn.actions(), null, Map.of()))
                    .toList();
            roles.put(builtIn.roleName(), new Role(builtIn.roleName(), label(builtIn), true, builtIn.capabilities(), grants));
        }
        for (App app : definitions.apps()) {
            for (RoleDef role : app.roles()) {
                String name = app.id() + "." + role.id();
                Set<Capability> capabilities = role.basedOn() == null ? Set.of()
                        : BuiltInRole.named(role.basedOn()).map(BuiltInRole::capabilities).orElse(Set.of());
                roles.put(name, new Role(name, role.label() != null ? role.label() : LocalizedText.of(role.id()), false,
                        capabilities, grants(definitions, app, role)));
            }
        }
        return roles;
    }

    private static List<Grant> grants(Definitions definitions, App app, RoleDef role) {
        List<Grant> grants = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (PermissionDef permission : role.permissions()) {
            definitions.entity(app.id(), permission.entity()).ifPresent(entity -> {
                named.add(entity.qualifiedId());
                grants.add(new Grant(entity.qualifiedId(), app.id(), permission.actions(),
                        permission.rows() == null ? null : Expressions.parse(permission.rows().text()), permission.fields()));
            });
        }
        for (Grant parent : List.copyOf(grants)) {
            if (parent.rows() != null) {
                continue;
            }
            for (String lines : linesEntities(definitions, parent.entity())) {
                if (!named.contains(lines)) {
                    grants.add(new Grant(lines, app.id(), parent.actions(), null, Map.of()));
                }
            }
        }
        return grants;
    }

    /** The lines entities of {@code entity}'s lines fields, qualified. */
    static List<String> linesEntities(Definitions definitions, String entity) {
        String appId = entity.substring(0, entity.indexOf('.'));
        EntityDef def = definitions.entity(appId, entity.substring(entity.indexOf('.') + 1)).orElse(null);
        if (def == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (FieldDef field : def.fields()) {
            if (field.is(FieldType.LINES) && field.settings() != null && field.settings().entity() != null) {
                definitions.entity(appId, field.settings().entity()).ifPresent(line -> lines.add(line.qualifiedId()));
            }
        }
        return lines;
    }

    private static LocalizedText label(BuiltInRole role) {
        return switch (role) {
            case ADMIN -> LocalizedText.of("Administrator", "مدير النظام");
            case MANAGER -> LocalizedText.of("Manager", "مدير");
            case STAFF -> LocalizedText.of("Staff", "موظف");
        };
    }
}
