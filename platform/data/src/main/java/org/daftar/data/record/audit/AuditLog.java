package org.daftar.data.record.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.value.JdbcValues;

/**
 * Writes and reads {@code public.daftar_audit}, in the caller's transaction.
 *
 * <pre>{@code
 * audit.write(connection, id, new AuditRow(table, version, AuditAction.UPDATE, "sara", now, "New price list", changes));
 * List<AuditEntry> history = audit.history(connection, table, id, 0);
 * }</pre>
 */
public final class AuditLog {

    static final String INSERT = "insert into public.daftar_audit (at, user_name, app, entity, record_id, version, action, changes, reason) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)";
    private static final String INSERT_SELECT = "insert into public.daftar_audit (at, user_name, app, entity, record_id, version, action, "
            + "changes, reason) select ?, ?, ?, ?, %s, ?, ?, ?::jsonb, ? from %s returning record_id";
    static final String SELECT = "select id, at, user_name, action, version, changes::text, reason from public.daftar_audit "
            + "where app = ? and entity = ? and record_id = ? and version > ? order by version, id";

    private final ZoneId zone;

    public AuditLog(ZoneId zone) {
        this.zone = zone;
    }

    /** Adds the row of one write of the record {@code recordId}. */
    public void write(Connection connection, long recordId, AuditRow row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setObject(1, row.at());
            statement.setString(2, row.user());
            statement.setString(3, row.table().entity().appId());
            statement.setString(4, row.table().entity().id());
            statement.setLong(5, recordId);
            statement.setInt(6, row.version());
            statement.setString(7, row.action().word());
            statement.setString(8, AuditJson.write(row.table(), row.changes()));
            statement.setString(9, row.reason());
            statement.executeUpdate();
        }
    }

    /**
     * The statement that adds the audit row of a record written by the statement {@code source}
     * (a CTE's name) in the same statement: the record's id is {@code idColumn} of {@code source}.
     * Its parameters follow the source's: {@link #bindSelected}. It returns the record's id.
     */
    public static String insertSelecting(String idColumn, String source) {
        return String.format(INSERT_SELECT, idColumn, source);
    }

    /** Binds the parameters of {@link #insertSelecting} from {@code index + 1} on; returns the last index bound. */
    public static int bindSelected(PreparedStatement statement, int index, AuditRow row) throws SQLException {
        statement.setObject(++index, row.at());
        statement.setString(++index, row.user());
        statement.setString(++index, row.table().entity().appId());
        statement.setString(++index, row.table().entity().id());
        statement.setInt(++index, row.version());
        statement.setString(++index, row.action().word());
        statement.setString(++index, AuditJson.write(row.table(), row.changes()));
        statement.setString(++index, row.reason());
        return index;
    }

    /**
     * The writes of a record after its version {@code afterVersion}, oldest first: -1 gives its whole
     * history (a new record is version 0).
     */
    public List<AuditEntry> history(Connection connection, EntityTable table, long recordId, int afterVersion) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
            statement.setString(1, table.entity().appId());
            statement.setString(2, table.entity().id());
            statement.setLong(3, recordId);
            statement.setInt(4, afterVersion);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    AuditJson.Parsed changes = AuditJson.read(table, rows.getString(6), zone);
                    entries.add(new AuditEntry(rows.getLong(1), JdbcValues.moment(rows, 2, zone), rows.getString(3),
                            AuditAction.of(rows.getString(4)), rows.getInt(5), changes.fields(), changes.lines(), rows.getString(7)));
                }
            }
        }
        return entries;
    }
}
