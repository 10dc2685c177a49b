package org.daftar.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The server's database for a command run without Spring ({@code plan}, {@code migrate}): the one
 * {@code spring.datasource.url} names (with its user and password), else the embedded one in
 * {@code ${daftar.data-dir}/postgres} — reached through the running server when Daftar is up,
 * started for the command (and stopped after it) when it is not.
 *
 * <pre>{@code
 * try (StandaloneDatabase database = StandaloneDatabase.open(settings)) {
 *     new SchemaMigrator(database.dataSource()).plan(...);
 * }
 * }</pre>
 */
public final class StandaloneDatabase implements AutoCloseable {

    private final DataSource dataSource;
    private final String description;
    private final EmbeddedPostgres started;

    private StandaloneDatabase(DataSource dataSource, String description, EmbeddedPostgres started) {
        this.dataSource = dataSource;
        this.description = description;
        this.started = started;
    }

    /**
     * @param settings a setting's value by its property name ({@code spring.datasource.url},
     *     {@code daftar.data-dir}), or {@code null}
     */
    public static StandaloneDatabase open(UnaryOperator<String> settings) {
        String url = settings.apply(DatabaseMode.URL_PROPERTY);
        if (url != null && !url.isBlank()) {
            return new StandaloneDatabase(dataSource(url, settings.apply("spring.datasource.username"),
                    settings.apply("spring.datasource.password")), withoutParameters(url), null);
        }
        String dataDir = settings.apply("daftar.data-dir");
        Path folder = Path.of(dataDir == null || dataDir.isBlank() ? "data" : dataDir).toAbsolutePath().normalize()
                .resolve(EmbeddedDatabaseConfiguration.FOLDER);
        DataSource running = running(folder);
        if (running != null) {
            return new StandaloneDatabase(running, "the embedded database in " + folder + " (of the running server)", null);
        }
        try {
            EmbeddedPostgres postgres = EmbeddedDatabaseServer.start(folder);
            String jdbcUrl = EmbeddedDatabaseServer.ensureDatabase(postgres, EmbeddedDatabaseConfiguration.DATABASE);
            return new StandaloneDatabase(dataSource(jdbcUrl, EmbeddedDatabaseServer.USER, null),
                    "the embedded database in " + folder, postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded database in " + folder + ": " + e.getMessage()
                    + ". Is another program using that folder?", e);
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Which database this is, for people. */
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        if (started != null) {
            try {
                started.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot stop the embedded database: " + e.getMessage(), e);
            }
        }
    }

    /** The URL without its parameters, which may hold a password. */
    private static String withoutParameters(String url) {
        int parameters = url.indexOf('?');
        return parameters < 0 ? url : url.substring(0, parameters);
    }

    /** The embedded server already running on {@code folder} (its {@code postmaster.pid} names the port), if any. */
    private static DataSource running(Path folder) {
        Path pid = folder.resolve("postmaster.pid");
        try {
            if (!Files.exists(pid)) {
                return null;
            }
            List<String> lines = Files.readAllLines(pid);
            if (lines.size() < 4) {
                return null;
            }
            DataSource dataSource = dataSource("jdbc:postgresql://localhost:" + Integer.parseInt(lines.get(3).trim()) + "/"
                    + EmbeddedDatabaseConfiguration.DATABASE, EmbeddedDatabaseServer.USER, null);
            try (Connection connection = dataSource.getConnection()) {
                return connection.isValid(2) ? dataSource : null;
            }
        } catch (IOException | SQLException | NumberFormatException e) {
            return null; // a stale pid file: the server is not running
        }
    }

    private static DataSource dataSource(String url, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        if (user != null) {
            dataSource.setUser(user);
        }
        if (password != null) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }
}
