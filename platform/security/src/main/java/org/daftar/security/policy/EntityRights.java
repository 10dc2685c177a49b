package org.daftar.security.policy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.daftar.model.role.PermissionDef.Action;
import org.daftar.query.model.Filter;

/**
 * What one user may do with one entity's records.
 *
 * @param entity {@code app.entity}
 * @param actions the actions allowed on at least some records
 * @param hidden fields the user may neither see nor set
 * @param readOnly fields the user may see but not set (hidden ones are not repeated here)
 * @param rows per allowed action, the records it applies to ({@link Filter#NONE}: all)
 */
public record EntityRights(String entity, Set<Action> actions, Set<String> hidden, Set<String> readOnly,
        Map<Action, Filter> rows) {

    public EntityRights {
        actions = actions.isEmpty() ? Set.of() : Set.copyOf(actions);
        hidden = Set.copyOf(hidden);
        readOnly = Set.copyOf(readOnly);
        rows = rows.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(rows));
    }

    /** No rights at all. */
    public static EntityRights none(String entity) {
        return new EntityRights(entity, Set.of(), Set.of(), Set.of(), Map.of());
    }

    public boolean may(Action action) {
        return actions.contains(action);
    }

    /** The records {@code action} applies to; only meaningful when {@link #may} it. */
    public Filter rows(Action action) {
        return rows.getOrDefault(action, Filter.NONE);
    }

    /** True when {@code action} applies to every record. */
    public boolean allRows(Action action) {
        return may(action) && rows(action).equals(Filter.NONE);
    }

    public boolean canSee(String field) {
        return may(Action.READ) && !hidden.contains(field);
    }

    /** True when the user may set the field (on create or update). */
    public boolean canSet(String field) {
        return !hidden.contains(field) && !readOnly.contains(field);
    }
}
