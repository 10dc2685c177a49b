package org.daftar.data.record.draft;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.table.LinesField;
import org.daftar.data.record.table.TableStatements;
import org.daftar.data.record.value.Column;
import org.daftar.data.record.value.JdbcValues;

/**
 * Writes a {@link Draft} to its tables, in the caller's transaction: the record (inserted, or
 * updated with its version incremented), then its lines as {@link RecordChanges} says (new lines
 * inserted in one batch, changed lines updated, removed lines deleted). Soft-deletes and restores
 * records.
 */
public final class RecordWriter {

    /**
     * Inserts the record (not its lines: {@link #writeLines}); returns its id, or nothing when
     * another record has one of its unique keys.
     */
    public OptionalLong insertRecord(Connection connection, Draft draft, String user) throws SQLException {
        EntityTable table = draft.table();
        try (PreparedStatement statement = connection.prepareStatement(table.sql().insertRecord())) {
            bindInsert(statement, draft, user);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    /** Binds the parameters of {@link TableStatements#insertRecord()}; returns the last index bound. */
    public static int bindInsert(PreparedStatement statement, Draft draft, String user) throws SQLException {
        int index = bindColumns(statement, draft.table(), draft.values());
        statement.setObject(++index, draft.now());
        statement.setString(++index, user);
        return index;
    }

    /** Updates the record, which the transaction has locked, and increments its version (not its lines: {@link #writeLines}). */
    public void updateRecord(Connection connection, Draft draft, String user) throws SQLException {
        EntityTable table = draft.table();
        try (PreparedStatement statement = connection.prepareStatement(table.sql().update())) {
            int index = bindColumns(statement, table, draft.values());
            statement.setObject(++index, draft.now());
            statement.setString(++index, user);
            statement.setLong(++index, draft.stored().id());
            statement.executeUpdate();
        }
    }

    /** Writes the lines of record {@code parentId} as {@code changes} says; returns the changes with the new lines' ids. */
    public RecordChanges writeLines(Connection connection, Draft draft, long parentId, RecordChanges changes, String user)
            throws SQLException {
        if (changes.lines().isEmpty()) {
            return changes;
        }
        return new RecordChanges(changes.fields(), writeLines(connection, draft, parentId, changes.lines(), user));
    }

    /** Marks the record deleted (or no longer deleted) and increments its version. */
    public void setDeleted(Connection connection, Draft draft, String user, boolean deleted) throws SQLException {
        EntityTable table = draft.table();
        try (PreparedStatement statement = connection.prepareStatement(deleted ? table.sql().softDelete() : table.sql().restore())) {
            statement.setObject(1, draft.now());
            statement.setString(2, user);
            statement.setLong(3, draft.stored().id());
            statement.executeUpdate();
        }
    }

    private List<LineChange> writeLines(Connection connection, Draft draft, long parentId, List<LineChange> changes, String user)
            throws SQLException {
        List<LineChange> written = new ArrayList<>(changes);
        for (LinesField field : draft.table().lines()) {
            List<LineDraft> lines = draft.lines().getOrDefault(field.name(), List.of());
            List<Integer> inserts = new ArrayList<>();
            List<Integer> updates = new ArrayList<>();
            List<Long> deletes = new ArrayList<>();
            for (int i = 0; i < changes.size(); i++) {
                LineChange change = changes.get(i);
                if (change.field().equals(field.name())) {
                    switch (change.action()) {
                        case "create" -> inserts.add(i);
                        case "update" -> updates.add(i);
                        default -> deletes.add(change.id());
                    }
                }
            }
            deleteLines(connection, field.child(), deletes);
            updateLines(connection, field.child(), lines, changes, updates, draft, user);
            insertLines(connection, field.child(), lines, written, inserts, parentId, draft, user);
        }
        return written;
    }

    private void insertLines(Connection connection, EntityTable child, List<LineDraft> lines, List<LineChange> changes,
            List<Integer> inserts, long parentId, Draft draft, String user) throws SQLException {
        if (inserts.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(child.sql().insert(), TableStatements.GENERATED_KEYS)) {
            for (int i : inserts) {
                LineChange change = changes.get(i);
                int index = bindColumns(statement, child, lines.get(change.lineNo() - 1).values());
                statement.setObject(++index, draft.now());
                statement.setString(++index, user);
                statement.setLong(++index, parentId);
                statement.setInt(++index, change.lineNo());
                statement.addBatch();
            }
            statement.executeBatch();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                for (int i : inserts) {
                    keys.next();
                    changes.set(i, changes.get(i).withId(keys.getLong(1)));
                }
            }
        }
    }

    private void updateLines(Connection connection, EntityTable child, List<LineDraft> lines, List<LineChange> changes,
            List<Integer> updates, Draft draft, String user) throws SQLException {
        if (updates.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(child.sql().update())) {
            for (int i : updates) {
                LineChange change = changes.get(i);
                int index = bindColumns(statement, child, lines.get(change.lineNo() - 1).values());
                statement.setInt(++index, change.lineNo());
                statement.setObject(++index, draft.now());
                statement.setString(++index, user);
                statement.setLong(++index, change.id());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private void deleteLines(Connection connection, EntityTable child, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(child.sql().deleteLines())) {
            statement.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            statement.executeUpdate();
        }
    }

    private static int bindColumns(PreparedStatement statement, EntityTable table, Map<String, Object> values) throws SQLException {
        int index = 0;
        for (Column column : table.columns()) {
            JdbcValues.bind(statement, ++index, column.kind(), values.get(column.name()));
        }
        return index;
    }

}
