package org.daftar.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * A fresh embedded PostgreSQL in a temporary folder, set up as production runs it: every commit
 * waits for its WAL to reach the disk ({@code fsync}, {@code synchronous_commit} and
 * {@code full_page_writes} on — zonky turns them off for tests). Deleted when closed.
 */
final class BenchDatabase implements AutoCloseable {

    /** The settings that decide what a commit costs, as the benchmark reports them. */
    static final List<String> SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes", "wal_sync_method", "shared_buffers");

    private final Path folder;
    private final EmbeddedPostgres postgres;
    private final HikariDataSource pool;

    BenchDatabase(int connections) throws IOException {
        folder = Files.createTempDirectory("daftar-bench-pg");
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(folder.resolve("data"))
                .setCleanDataDirectory(true)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(connections);
        config.setMinimumIdle(connections);
        config.setPoolName("bench");
        pool = new HikariDataSource(config);
    }

    DataSource dataSource() {
        return pool;
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The server's values of {@link #SETTINGS}. */
    Map<String, String> settings() throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            for (String setting : SETTINGS) {
                try (ResultSet row = statement.executeQuery("show " + setting)) {
                    row.next();
                    values.put(setting, row.getString(1));
                }
            }
        }
        return values;
    }

    @Override
    public void close() throws IOException {
        pool.close();
        postgres.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
