package org.daftar.model.link;

import org.daftar.model.app.App;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.expression.ExprType;
import org.daftar.model.expression.Suggestions;
import org.daftar.model.role.PermissionDef;
import org.daftar.model.role.RoleDef;

/** Checks roles: built-in role names, permissions on real entities and fields, row rules. */
final class RoleLinks {

    private final LinkContext context;
    private final Problems problems;

    RoleLinks(LinkContext context) {
        this.context = context;
        this.problems = context.problems();
    }

    void check(App app) {
        for (RoleDef role : app.roles()) {
            if (RoleDef.BUILT_IN.contains(role.id())) {
                problems.add(role.at(), "$.id", "'" + role.id() + "' is a built-in role: give this role another id and "
                        + "'basedOn: " + role.id() + "' to start from its rights.");
            }
            Duplicates.check(role.permissions(), PermissionDef::entity, PermissionDef::at, "permission entity", problems);
            for (PermissionDef permission : role.permissions()) {
                Targets.entity(context, app, permission.entity(), permission.at(), "A permission of role '" + role.id() + "'")
                        .ifPresent(entity -> check(app, role, permission, entity));
            }
        }
    }

    private void check(App app, RoleDef role, PermissionDef permission, EntityDef entity) {
        String path = "$.permissions." + permission.entity();
        context.expressions().check(permission.rows(), context.types().scope(entity, app.def().userAttributes(), true),
                ExprType.BOOLEAN, "The row rule of role '" + role.id() + "' on '" + entity.id() + "'", path + ".rows");
        for (String field : permission.fields().keySet()) {
            if (entity.field(field).isEmpty()) {
                problems.add(permission.at(), path + ".fields", "Role '" + role.id() + "' restricts '" + field + "', which is not a field of '"
                        + entity.id() + "'." + Suggestions.didYouMean(field, EntityLinks.fieldNames(entity)));
            }
        }
        if (!permission.actions().contains(PermissionDef.Action.READ) && !permission.actions().isEmpty()) {
            problems.add(permission.at(), path + ".actions", "Role '" + role.id() + "' may " + permission.actions().stream()
                    .map(a -> a.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList()
                    + " '" + entity.id() + "' records without reading them: add 'read'.");
        }
    }
}
