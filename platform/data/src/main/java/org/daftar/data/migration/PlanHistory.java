package org.daftar.data.migration;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.CRC32;

/**
 * Records an applied plan, in the transaction that applied it: the plan as shown in
 * {@code daftar_schema_plan}, and a row in Flyway's {@code flyway_schema_history} beside the
 * platform's own migrations:
 *
 * <pre>
 * installed_rank | version | description                                          | type   | script                     | checksum | success
 *              4 |         | definitions: 2 steps: add field channel to ticket, ... | CUSTOM | daftar definitions plan 3  | -8123... | t
 * </pre>
 *
 * Flyway reads such rows as applied repeatable migrations it cannot find, which
 * {@link PlatformMigrations#IGNORE_MIGRATION_PATTERNS} tells it to accept.
 */
final class PlanHistory {

    static final String FLYWAY_TABLE = "flyway_schema_history";

    private final Connection connection;

    PlanHistory(Connection connection) {
        this.connection = connection;
    }

    void record(Plan plan, long millis, MigrationOptions options) throws SQLException {
        String description = description(plan);
        long id;
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into daftar_schema_plan (applied_by, steps, forced, description, plan_text) values (?, ?, ?, ?, ?) returning id")) {
            insert.setString(1, options.appliedBy());
            insert.setInt(2, plan.steps().size());
            insert.setBoolean(3, options.force() && !plan.isSafe());
            insert.setString(4, description);
            insert.setString(5, plan.text());
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
        }
        int rank;
        try (Statement statement = connection.createStatement()) {
            statement.execute("lock table " + FLYWAY_TABLE + " in share row exclusive mode");
            try (ResultSet rows = statement.executeQuery("select coalesce(max(installed_rank), 0) + 1 from " + FLYWAY_TABLE)) {
                rows.next();
                rank = rows.getInt(1);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into " + FLYWAY_TABLE
                + " (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)"
                + " values (?, null, ?, ?, ?, ?, current_user, ?, true)")) {
            insert.setInt(1, rank);
            insert.setString(2, description);
            insert.setString(3, PlatformMigrations.HISTORY_TYPE);
            insert.setString(4, "daftar definitions plan " + id);
            insert.setInt(5, checksum(plan));
            insert.setInt(6, (int) Math.min(Integer.MAX_VALUE, millis));
            insert.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement("update daftar_schema_plan set history_rank = ? where id = ?")) {
            update.setInt(1, rank);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    /** {@code definitions: 3 steps: add field channel to ticket, ...}, at most 200 characters (Flyway's column). */
    static String description(Plan plan) {
        String text = "definitions: " + plan.summary();
        return text.length() <= 200 ? text : text.substring(0, 196) + " ...";
    }

    /** The CRC-32 of the plan's SQL, as Flyway checksums scripts. */
    static int checksum(Plan plan) {
        CRC32 crc = new CRC32();
        crc.update(String.join(";\n", plan.sql()).getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }
}
