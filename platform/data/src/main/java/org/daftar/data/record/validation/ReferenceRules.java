package org.daftar.data.record.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daftar.data.record.compute.ReferencedRecords;
import org.daftar.data.record.draft.Draft;
import org.daftar.data.record.draft.LineDraft;
import org.daftar.data.record.draft.StoredLine;
import org.daftar.data.record.draft.StoredRecord;
import org.daftar.data.record.message.Labels;
import org.daftar.data.record.message.Message;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.table.EntityTables;
import org.daftar.data.record.table.LinesField;
import org.daftar.data.record.value.Column;
import org.daftar.data.record.value.FieldKind;
import org.daftar.data.record.value.SameValues;

/**
 * References must point to records that exist and are not deleted. Only references a save sets or
 * changes are checked: a record may keep pointing to a record deleted since. The records pointed to
 * are read in one query per entity ({@link #prefetch}), which is also what expressions then read.
 */
public final class ReferenceRules {

    private final EntityTables tables;

    public ReferenceRules(EntityTables tables) {
        this.tables = tables;
    }

    /** Reads every record the draft and its lines point to, one query per entity pointed to. */
    public void prefetch(Draft draft, ReferencedRecords references) {
        Map<String, List<Long>> ids = new LinkedHashMap<>();
        collect(draft.table(), draft.values(), ids);
        for (LinesField field : draft.table().lines()) {
            draft.lines().getOrDefault(field.name(), List.of()).forEach(line -> collect(field.child(), line.values(), ids));
        }
        ids.forEach(references::prefetch);
    }

    private static void collect(EntityTable table, Map<String, Object> values, Map<String, List<Long>> ids) {
        for (Column column : table.columns()) {
            if (column.kind() == FieldKind.REFERENCE && column.target() != null && values.get(column.name()) instanceof Long id) {
                ids.computeIfAbsent(column.target(), t -> new ArrayList<>()).add(id);
            }
        }
    }

    public void check(Draft draft, ReferencedRecords references, Problems problems) {
        StoredRecord stored = draft.stored();
        checkValues(draft.table(), draft.values(), stored == null ? Map.of() : stored.values(), null, null, references, problems);
        for (LinesField field : draft.table().lines()) {
            Map<Long, Map<String, Object>> before = new HashMap<>();
            if (stored != null) {
                for (StoredLine line : stored.lines().getOrDefault(field.name(), List.of())) {
                    before.put(line.id(), line.values());
                }
            }
            List<LineDraft> lines = draft.lines().getOrDefault(field.name(), List.of());
            for (int i = 0; i < lines.size(); i++) {
                LineDraft line = lines.get(i);
                Map<String, Object> old = line.id() == null ? Map.of() : before.getOrDefault(line.id(), Map.of());
                checkValues(field.child(), line.values(), old, field.name(), i, references, problems);
            }
        }
    }

    private void checkValues(EntityTable table, Map<String, Object> values, Map<String, Object> before, String linesField,
            Integer line, ReferencedRecords references, Problems problems) {
        for (Column column : table.columns()) {
            if (column.kind() != FieldKind.REFERENCE || column.target() == null || column.generated()
                    || !(values.get(column.name()) instanceof Long id) || SameValues.same(id, before.get(column.name()))) {
                continue;
            }
            StoredRecord target = references.get(column.target(), id);
            if (target == null || target.deleted()) {
                String entity = Labels.entity(tables.get(column.target()).entity(), problems.locale());
                problems.add(column.field(), linesField, line, target == null ? Message.NO_SUCH_RECORD : Message.DELETED_RECORD,
                        "entity", entity, "id", String.valueOf(id));
            }
        }
    }
}
