package org.daftar.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** Runs a statement with a fetch size on a read-only transaction (autocommit off: PostgreSQL then uses a cursor). */
final class Streams {

    private Streams() {}

    static long run(DataSource dataSource, String sql, List<Object> values, List<String> columns, int fetchSize,
            RowSink sink) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = Statements.prepare(connection, sql, values)) {
                connection.setReadOnly(true);
                statement.setFetchSize(fetchSize);
                long count = 0;
                try (ResultSet rows = statement.executeQuery()) {
                    sink.start(columns);
                    Object[] row = new Object[columns.size()];
                    String[] types = Statements.typeNames(rows);
                    while (rows.next()) {
                        for (int i = 0; i < row.length; i++) {
                            row[i] = Statements.value(rows, i + 1, types[i + 1]);
                        }
                        sink.row(row);
                        count++;
                    }
                    sink.end();
                }
                return count;
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new QueryException("The export failed in the database: " + e.getMessage(), e);
        } catch (QueryException e) {
            throw e;
        } catch (Exception e) {
            throw new QueryException("The export could not be written: " + e.getMessage(), e);
        }
    }
}
