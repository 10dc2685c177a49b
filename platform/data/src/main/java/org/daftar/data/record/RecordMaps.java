package org.daftar.data.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daftar.data.record.draft.Draft;
import org.daftar.data.record.draft.LineChange;
import org.daftar.data.record.draft.LineDraft;
import org.daftar.data.record.draft.RecordChanges;
import org.daftar.data.record.draft.StoredLine;
import org.daftar.data.record.draft.StoredRecord;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.table.LinesField;
import org.daftar.data.record.value.Column;
import org.daftar.model.entity.FieldDef;
import org.daftar.data.schema.SystemColumns;

/**
 * Records as callers get them: {@code id} and {@code version}, the fields in the order of the
 * definition (lines as lists of maps with their {@code id}, {@code version} and {@code line_no}),
 * then who created, updated and deleted the record and when.
 */
final class RecordMaps {

    private RecordMaps() {}

    static Map<String, Object> of(StoredRecord record) {
        Map<String, List<Map<String, Object>>> linesByField = new HashMap<>();
        for (LinesField field : record.table().lines()) {
            List<Map<String, Object>> lines = new ArrayList<>();
            for (StoredLine line : record.lines().getOrDefault(field.name(), List.of())) {
                lines.add(line(field.child(), line.id(), line.version(), line.lineNo(), line.values()));
            }
            linesByField.put(field.name(), lines);
        }
        return record(record.table(), record.system(), record.values(), linesByField);
    }

    /** The fields in the order of the definition, between id and version and the other system columns. */
    private static Map<String, Object> record(EntityTable table, Map<String, Object> system, Map<String, Object> values,
            Map<String, List<Map<String, Object>>> lines) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(SystemColumns.ID, system.get(SystemColumns.ID));
        map.put(SystemColumns.VERSION, system.get(SystemColumns.VERSION));
        for (FieldDef field : table.entity().fields()) {
            map.put(field.name(), lines.containsKey(field.name()) ? lines.get(field.name()) : values.get(field.name()));
        }
        system.forEach(map::putIfAbsent);
        return map;
    }

    /** The record a save wrote: the draft's values, the lines' ids and versions after the save, {@code system} columns. */
    static Map<String, Object> of(Draft draft, Map<String, Object> system, RecordChanges written) {
        Map<String, List<Map<String, Object>>> linesByField = new HashMap<>();
        for (LinesField field : draft.table().lines()) {
            Map<Integer, Long> newIds = new HashMap<>();
            for (LineChange change : written.lines()) {
                if (change.field().equals(field.name()) && change.action().equals("create")) {
                    newIds.put(change.lineNo(), change.id());
                }
            }
            Map<Long, Integer> versions = new HashMap<>();
            if (draft.stored() != null) {
                draft.stored().lines().getOrDefault(field.name(), List.of()).forEach(line -> versions.put(line.id(), line.version()));
                written.lines().stream().filter(change -> change.action().equals("update"))
                        .forEach(change -> versions.computeIfPresent(change.id(), (id, version) -> version + 1));
            }
            List<Map<String, Object>> lines = new ArrayList<>();
            List<LineDraft> drafts = draft.lines().getOrDefault(field.name(), List.of());
            for (int i = 0; i < drafts.size(); i++) {
                LineDraft line = drafts.get(i);
                long id = line.id() != null ? line.id() : newIds.get(i + 1);
                lines.add(line(field.child(), id, versions.getOrDefault(id, 0), i + 1, line.values()));
            }
            linesByField.put(field.name(), lines);
        }
        return record(draft.table(), system, draft.values(), linesByField);
    }

    /** The system columns of a record created at {@code createdAt} by {@code createdBy}, version 0, its id not yet known. */
    static Map<String, Object> newRecord(java.time.OffsetDateTime createdAt, String createdBy) {
        Map<String, Object> system = new LinkedHashMap<>();
        system.put(SystemColumns.ID, null);
        system.put(SystemColumns.VERSION, 0);
        system.put(SystemColumns.CREATED_AT, createdAt);
        system.put(SystemColumns.CREATED_BY, createdBy);
        system.put(SystemColumns.UPDATED_AT, null);
        system.put(SystemColumns.UPDATED_BY, null);
        system.put(SystemColumns.DELETED_AT, null);
        system.put(SystemColumns.DELETED_BY, null);
        return system;
    }

    private static Map<String, Object> line(EntityTable child, long id, int version, int lineNo, Map<String, Object> values) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put(SystemColumns.ID, id);
        line.put(SystemColumns.VERSION, version);
        line.put(SystemColumns.LINE_NO, lineNo);
        for (Column column : child.columns()) {
            line.put(column.name(), values.get(column.name()));
        }
        return line;
    }
}
