package org.daftar.data.record.audit;

import java.util.Locale;

/** What a write did to a record. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, RESTORE;

    /** The word stored in the audit: {@code create}, {@code update}, ... */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AuditAction of(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
