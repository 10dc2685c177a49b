package org.daftar.security.policy;

/** What a role allows beyond records, given by the built-in roles (and by {@code basedOn}). */
public enum Capability {
    /** Users, roles and definitions: the built-in admin. */
    ADMINISTRATION,
    /** The report builder: admin and manager. */
    REPORTS,
    /** SQL mode over the readable schema: admin and manager. */
    SQL_MODE,
    /** Entering records in forms: every built-in role. */
    DATA_ENTRY
}
