package org.daftar.data.migration.planner;

/**
 * The order steps run in. Names are freed before they are taken (archive before rename, drop
 * before add), tables exist before what refers to them, and types change before the checks and
 * NOT NULLs that depend on them. Purges come last, once nothing refers to what they drop.
 */
enum Phase {
    SCHEMAS,
    ARCHIVE_ENTITIES,
    RENAME_ENTITIES,
    ARCHIVE_FIELDS,
    RENAME_FIELDS,
    DROP_OBJECTS,
    RENAME_OBJECTS,
    ADD_ENTITIES,
    ADD_SYSTEM_COLUMNS,
    ADD_FIELDS,
    CHANGE_TYPES,
    CHANGE_CHECKS,
    CHANGE_REQUIRED,
    ADD_OBJECTS,
    PURGE
}
