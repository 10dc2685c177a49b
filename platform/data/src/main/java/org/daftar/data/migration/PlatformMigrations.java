package org.daftar.data.migration;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The platform's own Flyway migrations ({@code classpath:db/migration}: definition versions,
 * records, the {@code daftar_schema_*} tables), and how Flyway must be told about the plans
 * recorded beside them in its history.
 *
 * <p>A plan's history row has no version and type {@code CUSTOM} (Flyway refuses types it does
 * not know, such as {@code DAFTAR}); Flyway sees it as an applied repeatable migration it cannot
 * find ("missing"), so every Flyway that validates this database ignores that state:
 *
 * <pre>{@code
 * Flyway flyway = PlatformMigrations.configure(Flyway.configure().dataSource(dataSource)).load();
 * flyway.migrate();   // validates, and passes with plans in the history
 * }</pre>
 *
 * (The server does the same through a {@code FlywayConfigurationCustomizer}.) The platform itself
 * has no repeatable migrations, so ignoring missing ones hides nothing of its own.
 */
public final class PlatformMigrations {

    /** Where the platform's migrations are. */
    public static final String LOCATION = "classpath:db/migration";

    /** The {@code type} of a plan's row in Flyway's history. */
    public static final String HISTORY_TYPE = "CUSTOM";

    /** Flyway's default ({@code *:future}) and applied repeatable migrations it cannot find: the plans. */
    public static final String[] IGNORE_MIGRATION_PATTERNS = {"*:future", "repeatable:missing"};

    private PlatformMigrations() {}

    /** {@code configuration} told to accept the plans' rows in the history. */
    public static FluentConfiguration configure(FluentConfiguration configuration) {
        return configuration.ignoreMigrationPatterns(IGNORE_MIGRATION_PATTERNS);
    }

    /** Runs the platform's migrations on {@code dataSource}, as the server does at start. */
    public static void migrate(DataSource dataSource) {
        configure(Flyway.configure(PlatformMigrations.class.getClassLoader()).dataSource(dataSource).locations(LOCATION))
                .load().migrate();
    }
}
