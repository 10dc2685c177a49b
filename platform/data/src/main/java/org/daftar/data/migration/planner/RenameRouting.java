package org.daftar.data.migration.planner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daftar.data.migration.step.ObjectRename;

/**
 * Decides which step renames an index or constraint whose name changed: the table's rename when
 * the table is renamed, else the rename of a field it involves, else a step of its own.
 */
final class RenameRouting {

    private final boolean tableRenamed;
    private final Set<String> renamedFields;
    final List<ObjectRename> withTable = new ArrayList<>();
    final Map<String, List<ObjectRename>> withField = new LinkedHashMap<>();
    final List<ObjectRename> alone = new ArrayList<>();

    RenameRouting(boolean tableRenamed, Set<String> renamedFields) {
        this.tableRenamed = tableRenamed;
        this.renamedFields = renamedFields;
    }

    void route(ObjectRename rename, Set<String> fieldIds) {
        if (tableRenamed) {
            withTable.add(rename);
            return;
        }
        String field = fieldIds.stream().filter(renamedFields::contains).findFirst().orElse(null);
        if (field != null) {
            withField.computeIfAbsent(field, f -> new ArrayList<>()).add(rename);
        } else {
            alone.add(rename);
        }
    }

    List<ObjectRename> withField(String fieldId) {
        return withField.getOrDefault(fieldId, List.of());
    }
}
