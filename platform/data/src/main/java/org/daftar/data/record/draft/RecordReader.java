package org.daftar.data.record.draft;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.table.LinesField;
import org.daftar.data.record.table.SystemFields;
import org.daftar.data.record.value.Column;
import org.daftar.data.record.value.JdbcValues;

/**
 * Reads records from their tables: one by id, with its lines (locking it when it is about to be
 * changed), or several by id without their lines (the records that references point to).
 */
public final class RecordReader {

    private final ZoneId zone;

    public RecordReader(ZoneId zone) {
        this.zone = zone;
    }

    /** The record with {@code id}, deleted or not, with its lines; locked until the transaction ends when {@code lock}. */
    public Optional<StoredRecord> read(Connection connection, EntityTable table, long id, boolean lock) throws SQLException {
        StoredRecord record;
        try (PreparedStatement statement = connection.prepareStatement(lock ? table.sql().selectForUpdate() : table.sql().select())) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                record = record(table, row, new LinkedHashMap<>());
            }
        }
        for (LinesField field : table.lines()) {
            record.lines().put(field.name(), lines(connection, field, id));
        }
        return Optional.of(record);
    }

    /** The records with these ids that exist, deleted or not, by id, without their lines. */
    public Map<Long, StoredRecord> readMany(Connection connection, EntityTable table, Collection<Long> ids) throws SQLException {
        Map<Long, StoredRecord> records = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return records;
        }
        try (PreparedStatement statement = connection.prepareStatement(table.sql().selectMany())) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            statement.setArray(1, array);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    StoredRecord record = record(table, rows, Map.of());
                    records.put(record.id(), record);
                }
            }
        }
        return records;
    }

    private List<StoredLine> lines(Connection connection, LinesField field, long parentId) throws SQLException {
        List<StoredLine> lines = new ArrayList<>();
        EntityTable child = field.child();
        try (PreparedStatement statement = connection.prepareStatement(child.sql().selectLines())) {
            statement.setLong(1, parentId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(new StoredLine(rows.getLong(1), rows.getInt(2), rows.getInt(3),
                            values(child, rows, SystemFields.LINE.size())));
                }
            }
        }
        return lines;
    }

    private StoredRecord record(EntityTable table, ResultSet row, Map<String, List<StoredLine>> lines) throws SQLException {
        Map<String, Object> system = new LinkedHashMap<>();
        system.put("id", row.getLong(1));
        system.put("version", row.getInt(2));
        system.put("created_at", JdbcValues.moment(row, 3, zone));
        system.put("created_by", row.getString(4));
        system.put("updated_at", JdbcValues.moment(row, 5, zone));
        system.put("updated_by", row.getString(6));
        system.put("deleted_at", JdbcValues.moment(row, 7, zone));
        system.put("deleted_by", row.getString(8));
        return new StoredRecord(table, system, values(table, row, SystemFields.RECORD.size()), lines);
    }

    private Map<String, Object> values(EntityTable table, ResultSet row, int skip) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        int index = skip;
        for (Column column : table.columns()) {
            values.put(column.name(), JdbcValues.read(row, ++index, column.kind(), zone));
        }
        return values;
    }
}
