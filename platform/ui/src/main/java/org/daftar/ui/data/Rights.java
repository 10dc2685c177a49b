package org.daftar.ui.data;

import java.util.Set;

/**
 * What the signed-in user may do with one entity's records: which actions, which fields are hidden
 * and which are read-only. Screens use it to hide buttons and fields; the {@link DataGateway}
 * enforces the same rights on every call.
 */
public record Rights(
        boolean create, boolean read, boolean update, boolean delete, boolean export, boolean importRecords,
        Set<String> hidden, Set<String> readOnly) {

    public Rights {
        hidden = Set.copyOf(hidden);
        readOnly = Set.copyOf(readOnly);
    }

    /** Every action, every field. */
    public static final Rights ALL = new Rights(true, true, true, true, true, true, Set.of(), Set.of());

    /** Nothing at all. */
    public static final Rights NONE = new Rights(false, false, false, false, false, false, Set.of(), Set.of());

    public boolean canSee(String field) {
        return read && !hidden.contains(field);
    }

    public boolean canEdit(String field) {
        return canSee(field) && !readOnly.contains(field) && (create || update);
    }
}
