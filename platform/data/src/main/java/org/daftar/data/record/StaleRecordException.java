package org.daftar.data.record;

import java.util.List;
import org.daftar.data.record.audit.AuditEntry;

/**
 * A save was based on a version of the record that is no longer the latest: someone else changed
 * it in between. Nothing was saved or overwritten. The message says who changed which fields and
 * when, in the writer's language, e.g. "This product was changed after you opened it: omar changed
 * Price and Stock at 2026-03-01 10:22. Nothing was saved: reload it and make your changes again.";
 * {@link #changes()} has the writes themselves, from the audit.
 */
public final class StaleRecordException extends RecordConflictException {

    private final int expectedVersion;
    private final int currentVersion;
    private final List<AuditEntry> changes;

    StaleRecordException(String message, int expectedVersion, int currentVersion, List<AuditEntry> changes) {
        super(message);
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
        this.changes = List.copyOf(changes);
    }

    /** The version the save was based on. */
    public int expectedVersion() {
        return expectedVersion;
    }

    /** The record's version now. */
    public int currentVersion() {
        return currentVersion;
    }

    /** The writes made since the version the save was based on, oldest first. */
    public List<AuditEntry> changes() {
        return changes;
    }
}
