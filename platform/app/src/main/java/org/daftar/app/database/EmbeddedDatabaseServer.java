package org.daftar.app.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts PostgreSQL from the embedded binaries on a persistent data folder, made safe for real
 * data: {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on (the library
 * turns them off for tests), no shutdown hook of its own (Spring stops it after the connection
 * pool).
 */
final class EmbeddedDatabaseServer {

    static final String USER = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);

    private EmbeddedDatabaseServer() {
    }

    static EmbeddedPostgres start(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        LOG.info("Embedded PostgreSQL started on port {} in {} ms, data in {}",
                postgres.getPort(), (System.nanoTime() - started) / 1_000_000, dataDirectory);
        return postgres;
    }

    /** Creates {@code database} unless it exists, and returns its JDBC URL. */
    static String ensureDatabase(EmbeddedPostgres postgres, String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            if (!exists(connection, database)) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE DATABASE \"" + database + "\" ENCODING 'UTF8'");
                }
                LOG.info("Created the database {}", database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + database + ": " + e.getMessage(), e);
        }
        return postgres.getJdbcUrl(USER, database);
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
