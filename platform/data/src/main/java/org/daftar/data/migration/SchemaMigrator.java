package org.daftar.data.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.daftar.data.migration.live.LiveSchema;
import org.daftar.data.migration.live.LiveSchemaReader;
import org.daftar.data.migration.planner.Planner;
import org.daftar.data.migration.step.Step;
import org.daftar.data.migration.desired.DesiredSchema;

/**
 * Makes the database match the definitions: plans (compares the definitions with the live
 * database and says what to change, in words and SQL) and migrates (plans again and applies the
 * plan in one transaction, under a database lock, recorded in Flyway's history).
 *
 * <pre>{@code
 * DesiredSchema target = DesiredSchema.of(definitions, new FieldTypes(plugins.fieldTypes()));
 * SchemaMigrator migrator = new SchemaMigrator(dataSource);
 *
 * System.out.print(migrator.plan(target, MigrationOptions.defaults()).text());
 *
 * MigrationResult result = migrator.migrate(target, MigrationOptions.defaults());
 * switch (result.status()) {
 *     case APPLIED -> log.info("Applied {}", result.plan().summary());
 *     case REFUSED -> System.err.print(result.plan().text());   // nothing was applied
 *     case UP_TO_DATE -> { }
 * }
 * }</pre>
 *
 * <p>The platform's Flyway migrations must have run first ({@link PlatformMigrations}): they make
 * the {@code daftar_schema_*} tables the planner reads and writes.
 */
public final class SchemaMigrator {

    private final DataSource dataSource;

    public SchemaMigrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The plan, with its data checks' findings, read in one consistent snapshot without changing
     * anything.
     *
     * @throws IllegalArgumentException when {@code options} asks to purge what cannot be purged
     */
    public Plan plan(DesiredSchema target, MigrationOptions options) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                return plan(connection, target, options, false);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database to plan: " + e.getMessage(), e);
        }
    }

    /**
     * Waits for the migration lock, plans, and applies the plan when it may be applied (nothing
     * refused, or {@code options.force()} and nothing blocked), all in one transaction: a failure
     * leaves the database exactly as it was. A process that waited for another's migration plans
     * after it and finds nothing to do.
     *
     * @throws MigrationFailedException when a step fails (nothing is applied)
     * @throws IllegalArgumentException when {@code options} asks to purge what cannot be purged
     */
    public MigrationResult migrate(DesiredSchema target, MigrationOptions options) {
        return migrate(target, options, null);
    }

    /**
     * Migrates as {@link #migrate(DesiredSchema, MigrationOptions)} and, unless the plan is refused,
     * runs {@code alongside} in the same transaction after the plan (also when there was nothing to
     * apply): what it writes commits with the tables' changes or not at all. The publishing of
     * definitions records the published version this way.
     *
     * @throws MigrationFailedException when a step fails (nothing is applied)
     */
    public MigrationResult migrate(DesiredSchema target, MigrationOptions options, InSameTransaction alongside) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                MigrationResult result = migrate(connection, target, options);
                boolean refused = result.status() == MigrationResult.Status.REFUSED;
                if (alongside != null && !refused) {
                    alongside.run(connection);
                }
                if (result.applied() || (alongside != null && !refused)) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                return result;
            } catch (RuntimeException | SQLException e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot migrate the database: " + e.getMessage(), e);
        }
    }

    /** Work done in the migration's own transaction, after the plan (see {@link #migrate(DesiredSchema, MigrationOptions, InSameTransaction)}). */
    @FunctionalInterface
    public interface InSameTransaction {
        void run(Connection connection) throws SQLException;
    }

    private MigrationResult migrate(Connection connection, DesiredSchema target, MigrationOptions options) throws SQLException {
        AdvisoryLock.acquire(connection);
        Plan plan = plan(connection, target, options, true);
        if (plan.isEmpty()) {
            return new MigrationResult(MigrationResult.Status.UP_TO_DATE, plan, 0);
        }
        if (!plan.canApply(options.force())) {
            return new MigrationResult(MigrationResult.Status.REFUSED, plan, 0);
        }
        long started = System.nanoTime();
        new PlanApplier(connection).apply(plan);
        new SchemaMetadata(connection).record(target, plan);
        long millis = (System.nanoTime() - started) / 1_000_000;
        new PlanHistory(connection).record(plan, millis, options);
        return new MigrationResult(MigrationResult.Status.APPLIED, plan, millis);
    }

    /**
     * Rolls back after a failure. The pool may have closed the connection already (PostgreSQL's
     * "feature not supported" errors count as fatal to Hikari): the transaction is gone then too.
     */
    private static void rollback(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * @param applying whether the plan is to be applied, which needs the platform's tables (a plan
     *     only shown may be made without them, as for a database Flyway has not run on yet)
     */
    private static Plan plan(Connection connection, DesiredSchema target, MigrationOptions options, boolean applying)
            throws SQLException {
        LiveSchema live = new LiveSchemaReader(connection).read(target.appIds());
        if (!live.metadata() && applying) {
            throw new IllegalStateException("The platform's tables (daftar_schema_*) are missing: run the platform's Flyway migrations "
                    + "(" + PlatformMigrations.LOCATION + ") first, as the server and 'migrate' do.");
        }
        List<Step> steps = new Planner().plan(target, live, options.purge());
        return DataChecks.plan(connection, steps);
    }
}
