package org.daftar.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/** Prepares statements with bound values and reads values the way Java expects them. */
final class Statements {

    private Statements() {}

    static PreparedStatement prepare(Connection connection, String sql, List<Object> values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return statement;
    }

    /** The value of a column: dates as LocalDate, timestamps as LocalDateTime/OffsetDateTime, times as LocalTime. */
    static Object value(ResultSet rows, int column) throws SQLException {
        return value(rows, column, rows.getMetaData().getColumnTypeName(column));
    }

    /** The PostgreSQL type names of a result's columns, from 1 (index 0 unused). */
    static String[] typeNames(ResultSet rows) throws SQLException {
        String[] names = new String[rows.getMetaData().getColumnCount() + 1];
        for (int i = 1; i < names.length; i++) {
            names[i] = rows.getMetaData().getColumnTypeName(i);
        }
        return names;
    }

    static Object value(ResultSet rows, int column, String typeName) throws SQLException {
        Object value = rows.getObject(column);
        return switch (value) {
            case null -> null;
            case java.sql.Date d -> rows.getObject(column, LocalDate.class);
            case java.sql.Timestamp t -> typeName.equals("timestamptz")
                    ? rows.getObject(column, OffsetDateTime.class) : rows.getObject(column, LocalDateTime.class);
            case java.sql.Time t -> rows.getObject(column, LocalTime.class);
            case java.sql.Array a -> List.of((Object[]) a.getArray());
            default -> value;
        };
    }
}
