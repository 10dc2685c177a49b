package org.daftar.data.record.draft;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.table.LinesField;
import org.daftar.data.record.value.Column;
import org.daftar.data.record.value.SameValues;

/**
 * What a save changes: each field whose value differs from the stored one, and each line added,
 * changed (values or position) or removed. A new record changes every field it has a value for.
 *
 * @param fields the changed fields by name, in the order of the definition
 * @param lines the lines added, changed and removed, field by field, in order
 */
public record RecordChanges(Map<String, ValueChange> fields, List<LineChange> lines) {

    public boolean isEmpty() {
        return fields.isEmpty() && lines.isEmpty();
    }

    /** The changes {@code draft} makes to the record it was made from. */
    public static RecordChanges of(Draft draft) {
        StoredRecord stored = draft.stored();
        Map<String, ValueChange> fields = diff(draft.table(), stored == null ? Map.of() : stored.values(), draft.values());
        List<LineChange> lines = new ArrayList<>();
        for (LinesField field : draft.table().lines()) {
            List<StoredLine> before = stored == null ? List.of() : stored.lines().getOrDefault(field.name(), List.of());
            List<LineDraft> after = draft.lines().getOrDefault(field.name(), List.of());
            lines.addAll(lineChanges(field, before, after));
        }
        return new RecordChanges(fields, lines);
    }

    private static List<LineChange> lineChanges(LinesField field, List<StoredLine> before, List<LineDraft> after) {
        Map<Long, StoredLine> stored = new LinkedHashMap<>();
        before.forEach(line -> stored.put(line.id(), line));
        List<LineChange> changes = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            LineDraft line = after.get(i);
            StoredLine old = line.id() == null ? null : stored.remove(line.id());
            Map<String, ValueChange> diff = diff(field.child(), old == null ? Map.of() : old.values(), line.values());
            if (old == null) {
                changes.add(new LineChange(field.name(), "create", null, i + 1, diff));
            } else if (!diff.isEmpty() || old.lineNo() != i + 1) {
                changes.add(new LineChange(field.name(), "update", old.id(), i + 1, diff));
            }
        }
        for (StoredLine removed : stored.values()) {
            Map<String, ValueChange> gone = diff(field.child(), removed.values(), Map.of());
            changes.add(new LineChange(field.name(), "delete", removed.id(), removed.lineNo(), gone));
        }
        return changes;
    }

    private static Map<String, ValueChange> diff(EntityTable table, Map<String, Object> before, Map<String, Object> after) {
        Map<String, ValueChange> changes = new LinkedHashMap<>();
        for (Column column : table.columns()) {
            Object old = before.get(column.name());
            Object now = after.get(column.name());
            if (!SameValues.same(old, now)) {
                changes.put(column.name(), new ValueChange(old, now));
            }
        }
        return changes;
    }
}
