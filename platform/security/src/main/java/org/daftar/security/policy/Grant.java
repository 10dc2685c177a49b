package org.daftar.security.policy;

import java.util.Map;
import java.util.Set;
import org.daftar.model.expression.Expression;
import org.daftar.model.role.PermissionDef.Action;
import org.daftar.model.role.PermissionDef.FieldAccess;

/**
 * What one role grants on one entity.
 *
 * @param entity the entity, {@code app.entity}
 * @param app the app whose user attributes the row rule reads (the role's app)
 * @param rows the row rule, or {@code null} for every row
 * @param fields hidden and read-only fields, by name
 */
public record Grant(String entity, String app, Set<Action> actions, Expression rows, Map<String, FieldAccess> fields) {

    public Grant {
        actions = Set.copyOf(actions);
        fields = Map.copyOf(fields);
    }

    public boolean gives(Action action) {
        return actions.contains(action);
    }

    public boolean restricts(String field, FieldAccess... accesses) {
        FieldAccess access = fields.get(field);
        for (FieldAccess candidate : accesses) {
            if (candidate == access) {
                return true;
            }
        }
        return false;
    }
}
