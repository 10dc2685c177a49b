package org.daftar.model.role;

import java.util.Map;
import java.util.Set;
import org.daftar.model.ExpressionText;
import org.daftar.model.SourceRef;

/**
 * What a role may do with one entity.
 *
 * @param rows the records it applies to, a condition over the record and {@code user}
 *     ({@code null}: all records)
 * @param fields fields that are hidden or read-only for the role
 */
public record PermissionDef(
        String entity, Set<Action> actions, ExpressionText rows, Map<String, FieldAccess> fields, SourceRef at) {

    public PermissionDef {
        actions = Set.copyOf(actions);
        fields = Map.copyOf(fields);
    }

    /** What may be done with records. */
    public enum Action {
        CREATE,
        READ,
        UPDATE,
        DELETE,
        EXPORT,
        IMPORT
    }

    /** A restriction on one field. */
    public enum FieldAccess {
        HIDDEN,
        READ_ONLY
    }
}
