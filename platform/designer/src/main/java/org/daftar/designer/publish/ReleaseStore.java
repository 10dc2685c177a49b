package org.daftar.designer.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.daftar.model.load.DefinitionSource;

/**
 * The published versions and their files, in {@code daftar_definition_release} and
 * {@code daftar_definition_release_file} (Flyway, {@code V8__definition_releases.sql}).
 *
 * <pre>{@code
 * ReleaseStore releases = new ReleaseStore(dataSource);
 * Release first = releases.record(files, ReleaseOrigin.FILES, "Files at start", "ahmad@host");
 * releases.latest();                       // Optional[first]
 * releases.files(first.number());          // the files, in location order
 * }</pre>
 */
public final class ReleaseStore {

    private static final String COLUMNS = "number, published_by, published_at, comment, origin, checksum";

    private final DataSource dataSource;

    public ReleaseStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Keeps {@code files} as the next version, numbered one more than the last, in one transaction. */
    public Release record(List<DefinitionSource> files, ReleaseOrigin origin, String comment, String user) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Release release = record(connection, files, origin, comment, user);
                connection.commit();
                return release;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the published version: " + e.getMessage(), e);
        }
    }

    /**
     * Keeps {@code files} as the next version in the caller's transaction (which commits it or
     * not): publishing records the version in the transaction that changes the tables.
     */
    public Release record(Connection connection, List<DefinitionSource> files, ReleaseOrigin origin, String comment,
            String user) throws SQLException {
        String checksum = DefinitionsChecksum.of(files);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (Statement lock = connection.createStatement()) {
            lock.execute("LOCK TABLE daftar_definition_release IN EXCLUSIVE MODE");
        }
        long number;
        try (Statement next = connection.createStatement();
                ResultSet rows = next.executeQuery("SELECT coalesce(max(number), 0) + 1 FROM daftar_definition_release")) {
            rows.next();
            number = rows.getLong(1);
        }
        Release release = new Release(number, user, now, comment == null ? "" : comment, origin.code(), checksum);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO daftar_definition_release (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, number);
            insert.setString(2, release.publishedBy());
            insert.setTimestamp(3, Timestamp.from(now));
            insert.setString(4, release.comment());
            insert.setString(5, release.origin());
            insert.setString(6, checksum);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO daftar_definition_release_file (release, location, text) VALUES (?, ?, ?)")) {
            for (DefinitionSource file : files) {
                insert.setLong(1, number);
                insert.setString(2, file.location());
                insert.setString(3, file.text());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return release;
    }

    /** The newest version, if any was published. */
    public Optional<Release> latest() {
        return query("SELECT " + COLUMNS + " FROM daftar_definition_release ORDER BY number DESC LIMIT 1", null).stream().findFirst();
    }

    /** The newest version that came from {@code origin}. */
    public Optional<Release> latest(ReleaseOrigin origin) {
        return query("SELECT " + COLUMNS + " FROM daftar_definition_release WHERE origin = ? ORDER BY number DESC LIMIT 1",
                origin.code()).stream().findFirst();
    }

    /** Version {@code number}, if there is one. */
    public Optional<Release> find(long number) {
        return query("SELECT " + COLUMNS + " FROM daftar_definition_release WHERE number = ?", number).stream().findFirst();
    }

    /** Every version, newest first. */
    public List<Release> all() {
        return query("SELECT " + COLUMNS + " FROM daftar_definition_release ORDER BY number DESC", null);
    }

    /**
     * The files of version {@code number}, in location order.
     *
     * @throws IllegalArgumentException when there is no such version
     */
    public List<DefinitionSource> files(long number) {
        if (find(number).isEmpty()) {
            throw new IllegalArgumentException("There is no published version " + number);
        }
        List<DefinitionSource> files = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT location, text FROM daftar_definition_release_file WHERE release = ? ORDER BY location COLLATE \"C\"")) {
            select.setLong(1, number);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    files.add(new DefinitionSource(rows.getString(1), rows.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read version " + number + ": " + e.getMessage(), e);
        }
        return List.copyOf(files);
    }

    private List<Release> query(String sql, Object parameter) {
        List<Release> releases = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            if (parameter != null) {
                select.setObject(1, parameter);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    releases.add(new Release(rows.getLong(1), rows.getString(2), rows.getTimestamp(3).toInstant(),
                            rows.getString(4), rows.getString(5), rows.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the published versions: " + e.getMessage(), e);
        }
        return releases;
    }
}
