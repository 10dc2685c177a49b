package org.daftar.data.record.value;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * Record values to and from JDBC: every value is a bound parameter, of the SQL type of its
 * column. Values must already be of their {@link FieldKind}'s Java type ({@link InputValues}).
 */
public final class JdbcValues {

    private JdbcValues() {}

    /** The parameter marker of a column in INSERT and UPDATE statements. */
    public static String placeholder(FieldKind kind) {
        return kind == FieldKind.ATTACHMENT ? "?::jsonb" : "?";
    }

    /** Binds {@code value}, of {@code kind}'s Java type or null, to parameter {@code index}. */
    public static void bind(PreparedStatement statement, int index, FieldKind kind, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType(kind));
            return;
        }
        switch (kind) {
            case TEXT -> statement.setString(index, (String) value);
            case INTEGER, REFERENCE -> statement.setLong(index, (Long) value);
            case DECIMAL -> statement.setBigDecimal(index, (BigDecimal) value);
            case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
            case DATE, DATETIME, TIME -> statement.setObject(index, value);
            case MULTI_CHOICE -> statement.setArray(index, textArray(statement, (List<?>) value));
            case ATTACHMENT -> statement.setString(index, JsonValues.write(JsonValues.toNode(value)));
            case LINES -> throw new IllegalArgumentException("Lines have no column");
        }
    }

    private static Array textArray(PreparedStatement statement, List<?> items) throws SQLException {
        return statement.getConnection().createArrayOf("varchar", items.toArray());
    }

    private static int sqlType(FieldKind kind) {
        return switch (kind) {
            case TEXT, ATTACHMENT -> Types.VARCHAR;
            case INTEGER, REFERENCE -> Types.BIGINT;
            case DECIMAL -> Types.NUMERIC;
            case BOOLEAN -> Types.BOOLEAN;
            case DATE -> Types.DATE;
            case DATETIME -> Types.TIMESTAMP_WITH_TIMEZONE;
            case TIME -> Types.TIME;
            case MULTI_CHOICE -> Types.ARRAY;
            case LINES -> Types.OTHER;
        };
    }

    /** The value of column {@code index} as {@code kind}'s Java type; moments in {@code zone}. */
    public static Object read(ResultSet row, int index, FieldKind kind, ZoneId zone) throws SQLException {
        return switch (kind) {
            case TEXT -> row.getString(index);
            case INTEGER, REFERENCE -> {
                long value = row.getLong(index);
                yield row.wasNull() ? null : (Object) value;
            }
            case DECIMAL -> row.getBigDecimal(index);
            case BOOLEAN -> {
                boolean value = row.getBoolean(index);
                yield row.wasNull() ? null : (Object) value;
            }
            case DATE -> row.getObject(index, LocalDate.class);
            case DATETIME -> moment(row, index, zone);
            case TIME -> row.getObject(index, LocalTime.class);
            case MULTI_CHOICE -> {
                Array array = row.getArray(index);
                yield array == null ? null : List.copyOf(Arrays.asList((Object[]) array.getArray()));
            }
            case ATTACHMENT -> {
                String json = row.getString(index);
                yield json == null ? null : JsonValues.plain(JsonValues.read(json));
            }
            case LINES -> throw new IllegalArgumentException("Lines have no column");
        };
    }

    /** A {@code timestamptz} column as a moment in {@code zone}. */
    public static OffsetDateTime moment(ResultSet row, int index, ZoneId zone) throws SQLException {
        OffsetDateTime moment = row.getObject(index, OffsetDateTime.class);
        return moment == null ? null : moment.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
