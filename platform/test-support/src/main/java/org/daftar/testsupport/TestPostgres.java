package org.daftar.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL (zonky's embedded binaries) for the whole test JVM, started on first use in
 * a temporary folder and stopped when the JVM exits. Starting it costs about a second; a new
 * database on it costs milliseconds, so tests take {@link #newDatabase()} rather than a server.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {}

    /** The shared server, started on first use. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                Path folder = Files.createTempDirectory("daftar-test-pg");
                server = EmbeddedPostgres.builder()
                        .setDataDirectory(folder.resolve("data"))
                        .setCleanDataDirectory(true)
                        .setServerConfig("max_connections", "200")
                        .start();
                EmbeddedPostgres started = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started, folder), "test-postgres-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL for tests: " + e.getMessage(), e);
            }
        }
        return server;
    }

    /** Creates an empty database on the shared server and returns its name. */
    public static String newDatabase() {
        String name = "test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name + ": " + e.getMessage(), e);
        }
        return name;
    }

    public static String jdbcUrl(String database) {
        return server().getJdbcUrl("postgres", database);
    }

    /** Stops the server, then removes its (already cleaned) temporary folder. */
    private static void close(EmbeddedPostgres started, Path folder) {
        try {
            started.close();
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        } catch (IOException e) {
            // the JVM is exiting; what is left goes with the machine's temporary files
        }
    }
}
