package org.daftar.data.migration;

/**
 * What {@link SchemaMigrator#migrate} did.
 *
 * @param plan the plan it made, under the lock
 * @param millis how long applying took (0 when nothing was applied)
 */
public record MigrationResult(Status status, Plan plan, long millis) {

    public enum Status {
        /** The database already matched the definitions. */
        UP_TO_DATE,
        /** The plan was applied and recorded. */
        APPLIED,
        /** Nothing was applied: some steps are refused (see {@link Plan#refused()}). */
        REFUSED
    }

    public boolean applied() {
        return status == Status.APPLIED;
    }
}
