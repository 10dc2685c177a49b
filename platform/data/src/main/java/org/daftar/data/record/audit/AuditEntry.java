package org.daftar.data.record.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.daftar.data.record.draft.LineChange;
import org.daftar.data.record.draft.ValueChange;

/**
 * One write of a record, as the audit recorded it.
 *
 * <pre>{@code
 * AuditEntry[at=2026-03-01T10:22+03:00, user=sara, action=UPDATE, version=3,
 *            changes={price=ValueChange[before=35.50, after=40.00]}, lines=[], reason=New price list]
 * }</pre>
 *
 * @param version the record's version after the write
 * @param changes each changed field of the record by its (current) name, with its values before
 *     and after, of their Java types
 * @param lines the lines added, changed or removed
 * @param reason why, when the writer said
 */
public record AuditEntry(long id, OffsetDateTime at, String user, AuditAction action, int version,
        Map<String, ValueChange> changes, List<LineChange> lines, String reason) {

    public AuditEntry {
        changes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changes));
        lines = List.copyOf(lines);
    }
}
