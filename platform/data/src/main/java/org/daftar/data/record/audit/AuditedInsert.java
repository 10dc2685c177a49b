package org.daftar.data.record.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import org.daftar.data.record.draft.Draft;
import org.daftar.data.record.draft.RecordWriter;
import org.daftar.data.schema.Sql;
import org.daftar.data.schema.SystemColumns;

/**
 * Inserts a new record and its audit row in one statement, one round trip to the database:
 * {@code with created as (insert ... on conflict do nothing returning id) insert into
 * public.daftar_audit ... select ... from created}. When another record has one of its unique
 * keys, neither is written and no id comes back. For records without lines (whose ids the audit
 * of a record with lines must name).
 */
public final class AuditedInsert {

    private AuditedInsert() {}

    public static OptionalLong insert(Connection connection, Draft draft, AuditRow audit) throws SQLException {
        String sql = "with created as (" + draft.table().sql().insertRecord() + ") "
                + AuditLog.insertSelecting("created." + Sql.quote(SystemColumns.ID), "created");
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = RecordWriter.bindInsert(statement, draft, audit.user());
            AuditLog.bindSelected(statement, index, audit);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
            }
        }
    }
}
