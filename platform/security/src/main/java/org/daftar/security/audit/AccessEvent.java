package org.daftar.security.audit;

import java.util.Locale;

/** What the access audit records. */
public enum AccessEvent {
    LOGIN,
    LOGIN_FAILED,
    ACCOUNT_LOCKED,
    LOGOUT,
    EXPORT,
    IMPORT,
    SQL_QUERY,
    USER_CREATED,
    USER_CHANGED,
    USER_UNLOCKED,
    FIRST_ADMIN_CREATED;

    /** The name stored in the table: {@code login_failed}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AccessEvent ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
