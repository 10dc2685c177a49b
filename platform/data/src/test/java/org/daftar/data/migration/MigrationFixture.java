package org.daftar.data.migration;

import java.util.ArrayList;
import java.util.List;
import org.daftar.data.migration.desired.DesiredSchema;
import org.daftar.testsupport.TestDatabase;

/**
 * A fresh database with the platform's Flyway migrations run, and a migrator on it.
 *
 * <pre>{@code
 * MigrationFixture db = new MigrationFixture();
 * db.migrate(AppYaml.app("support", TICKET));
 * db.execute("insert into support.ticket ...");
 * }</pre>
 */
final class MigrationFixture implements AutoCloseable {

    final TestDatabase database = TestDatabase.create(4);
    final SchemaMigrator migrator = new SchemaMigrator(database.dataSource());

    MigrationFixture() {
        PlatformMigrations.migrate(database.dataSource());
    }

    Plan plan(DesiredSchema target) {
        return migrator.plan(target, MigrationOptions.defaults());
    }

    MigrationResult migrate(DesiredSchema target) {
        return migrator.migrate(target, MigrationOptions.defaults());
    }

    MigrationResult migrateForced(DesiredSchema target) {
        return migrator.migrate(target, MigrationOptions.defaults().forced());
    }

    /** Migrates and fails the test unless the plan was applied. */
    MigrationResult applied(DesiredSchema target) {
        MigrationResult result = migrate(target);
        if (!result.applied()) {
            throw new AssertionError("Expected the plan to be applied, but it was " + result.status() + ":\n" + result.plan().text());
        }
        return result;
    }

    void execute(String sql) {
        database.execute(sql);
    }

    Object value(String sql) {
        return database.queryValue(sql);
    }

    /** The columns of a table, in order. */
    List<String> columns(String schema, String table) {
        List<String> columns = new ArrayList<>();
        try (var connection = database.dataSource().getConnection();
                var statement = connection.prepareStatement("select column_name from information_schema.columns "
                        + "where table_schema = ? and table_name = ? order by ordinal_position")) {
            statement.setString(1, schema);
            statement.setString(2, table);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return columns;
    }

    /** The words of each step of a plan. */
    static List<String> words(Plan plan) {
        return plan.steps().stream().map(step -> step.step().words()).toList();
    }

    @Override
    public void close() {
        database.close();
    }
}
