package org.daftar.data.record.sample;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The row of {@code public.daftar_sample_data} that says sample data was loaded (or skipped), and
 * the lock that makes two nodes starting at once load it only once.
 */
final class SampleDataMarker {

    private SampleDataMarker() {}

    /** Locks the marker table until the transaction ends; then tells whether the row is there. */
    static boolean lockAndCheck(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("lock table public.daftar_sample_data in exclusive mode");
            try (ResultSet row = statement.executeQuery("select 1 from public.daftar_sample_data")) {
                return row.next();
            }
        }
    }

    static void write(Connection connection, OffsetDateTime at, String loadedBy, int records, String outcome) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into public.daftar_sample_data (id, loaded_at, loaded_by, records, outcome) values (1, ?, ?, ?, ?)")) {
            statement.setObject(1, at);
            statement.setString(2, loadedBy.length() > 100 ? loadedBy.substring(0, 100) : loadedBy);
            statement.setInt(3, records);
            statement.setString(4, outcome);
            statement.executeUpdate();
        }
    }

    /** True when any of the tables ({@code "schema"."name"}, quoted) holds a row, deleted or not. */
    static boolean anyRecords(Connection connection, List<String> tables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet row = statement.executeQuery("select 1 from " + table + " limit 1")) {
                    if (row.next()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
