package org.daftar.data.record.audit;

import java.time.OffsetDateTime;
import org.daftar.data.record.draft.RecordChanges;
import org.daftar.data.record.table.EntityTable;

/**
 * The audit row of one write, before it is written.
 *
 * @param version the record's version after the write
 */
public record AuditRow(EntityTable table, int version, AuditAction action, String user, OffsetDateTime at, String reason,
        RecordChanges changes) {}
