package org.daftar.data.record.draft;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.schema.SystemColumns;

/**
 * A record as it is in its table.
 *
 * @param system the system columns ({@code id}, {@code version}, {@code created_at}, ...)
 * @param values the field values by field name (lines excepted)
 * @param lines the lines of each lines field, in order
 */
public record StoredRecord(EntityTable table, Map<String, Object> system, Map<String, Object> values,
        Map<String, List<StoredLine>> lines) {

    public long id() {
        return (Long) system.get(SystemColumns.ID);
    }

    public int version() {
        return (Integer) system.get(SystemColumns.VERSION);
    }

    public boolean deleted() {
        return system.get(SystemColumns.DELETED_AT) != null;
    }

    public OffsetDateTime deletedAt() {
        return (OffsetDateTime) system.get(SystemColumns.DELETED_AT);
    }

    public String deletedBy() {
        return (String) system.get(SystemColumns.DELETED_BY);
    }

    public OffsetDateTime createdAt() {
        return (OffsetDateTime) system.get(SystemColumns.CREATED_AT);
    }
}
