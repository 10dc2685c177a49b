package org.daftar.security.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Records sign-ins, failed sign-ins, exports and permission changes in {@code daftar_access_audit}.
 *
 * <pre>{@code
 * audit.record("sara", AccessEvent.EXPORT, "shop.sales_order: 120 rows", "10.0.0.7");
 * audit.recent(50);   // newest first
 * }</pre>
 */
public final class AccessAudit {

    private final DataSource dataSource;
    private final Clock clock;

    public AccessAudit(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Adds an entry; {@code remoteAddress} may be {@code null} (not a web request). */
    public void record(String username, AccessEvent event, String detail, String remoteAddress) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into public.daftar_access_audit (at, username, event, detail, remote_address)
                        values (?, ?, ?, ?, ?)""")) {
            insert.setTimestamp(1, Timestamp.from(clock.instant()));
            insert.setString(2, truncate(username == null ? "" : username, 100));
            insert.setString(3, event.code());
            insert.setString(4, detail);
            insert.setString(5, remoteAddress == null ? null : truncate(remoteAddress, 100));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The access audit could not record " + event.code() + ": " + e.getMessage(), e);
        }
    }

    /** The newest {@code limit} entries, newest first. */
    public List<AccessRecord> recent(int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        select at, username, event, detail, remote_address from public.daftar_access_audit
                        order by id desc limit ?""")) {
            select.setInt(1, limit);
            List<AccessRecord> records = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(new AccessRecord(rows.getTimestamp(1).toInstant(), rows.getString(2),
                            AccessEvent.ofCode(rows.getString(3)), rows.getString(4), rows.getString(5)));
                }
            }
            return records;
        } catch (SQLException e) {
            throw new IllegalStateException("The access audit could not be read: " + e.getMessage(), e);
        }
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
