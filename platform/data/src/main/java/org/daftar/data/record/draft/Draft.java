package org.daftar.data.record.draft;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daftar.data.record.table.EntityTable;

/**
 * A record being saved: its field values (of their Java types, generated fields included once
 * computed), its lines by lines field, and the keys given that are no field or whose value has the
 * wrong shape (kept as given, for the record schema to refuse). Changed in place as the save goes: defaults, computed values, auto-numbers.
 */
public final class Draft {

    private final EntityTable table;
    private final StoredRecord stored;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, Object> raw = new LinkedHashMap<>();
    private final Map<String, List<LineDraft>> lines = new LinkedHashMap<>();
    private final OffsetDateTime now;

    Draft(EntityTable table, StoredRecord stored, OffsetDateTime now) {
        this.table = table;
        this.stored = stored;
        this.now = now;
    }

    public EntityTable table() {
        return table;
    }

    /** The record as it was before this save, or {@code null} when it is being created. */
    public StoredRecord stored() {
        return stored;
    }

    public boolean isNew() {
        return stored == null;
    }

    /** The moment of the save: created_at or updated_at, and the audit's time. */
    public OffsetDateTime now() {
        return now;
    }

    public Map<String, Object> values() {
        return values;
    }

    /** Keys given that are no field, or lines that are no list of records: as given. */
    public Map<String, Object> raw() {
        return raw;
    }

    /** The lines of each lines field, complete: on update, the stored lines when none were given. */
    public Map<String, List<LineDraft>> lines() {
        return lines;
    }

    public Object value(String field) {
        return values.get(field);
    }
}
