package org.daftar.ui.report.saved;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Saved reports in table {@code daftar_saved_report} (migration {@code V7__saved_reports.sql}),
 * each kept as its definition file ({@link ReportYaml}). Who may see one is decided by
 * {@link SavedReport#visibleTo}: the store filters with it, screens only show what it returns.
 */
@Component
public class SavedReportStore {

    private static final String COLUMNS = "id, app, name, owner, shared_roles, definition, updated_at, version";

    private final DataSource dataSource;

    public SavedReportStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Saves a new report ({@code id} null) or a change of one; returns it as stored, with its new version. */
    public SavedReport save(SavedReport report) {
        return report.id() == null ? insert(report) : update(report);
    }

    /** The report {@code id} when {@code user} with {@code roles} may open it. */
    public Optional<SavedReport> find(long id, String user, Set<String> roles) {
        return query("select " + COLUMNS + " from daftar_saved_report where id = ?", id).stream()
                .filter(report -> report.visibleTo(user, roles))
                .findFirst();
    }

    /** The reports of {@code app} that {@code user} with {@code roles} may open, by name. */
    public List<SavedReport> visible(String app, String user, Set<String> roles) {
        return query("select " + COLUMNS + " from daftar_saved_report where app = ? order by name, id", app).stream()
                .filter(report -> report.visibleTo(user, roles))
                .toList();
    }

    /** Deletes the report when {@code user} may change it; false when it was not there or not theirs. */
    public boolean delete(long id, String user, Set<String> roles) {
        Optional<SavedReport> report = find(id, user, roles).filter(r -> r.editableBy(user, roles));
        if (report.isEmpty()) {
            return false;
        }
        return execute("delete from daftar_saved_report where id = ?", id) == 1;
    }

    private SavedReport insert(SavedReport report) {
        String sql = "insert into daftar_saved_report (app, name, owner, shared_roles, definition) values (?, ?, ?, ?, ?)"
                + " returning " + COLUMNS;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, report.app());
            statement.setString(2, report.name());
            statement.setString(3, report.owner());
            statement.setArray(4, roles(connection, report.sharedRoles()));
            statement.setString(5, ReportYaml.write(report.definition()));
            return single(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save report " + report.name(), e);
        }
    }

    private SavedReport update(SavedReport report) {
        String sql = "update daftar_saved_report set name = ?, shared_roles = ?, definition = ?, updated_at = now(),"
                + " version = version + 1 where id = ? and version = ? returning " + COLUMNS;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, report.name());
            statement.setArray(2, roles(connection, report.sharedRoles()));
            statement.setString(3, ReportYaml.write(report.definition()));
            statement.setLong(4, report.id());
            statement.setInt(5, report.version());
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new StaleReportException(report.id());
                }
                return read(rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not save report " + report.name(), e);
        }
    }

    private List<SavedReport> query(String sql, Object key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, key);
            try (ResultSet rows = statement.executeQuery()) {
                List<SavedReport> reports = new ArrayList<>();
                while (rows.next()) {
                    reports.add(read(rows));
                }
                return reports;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read saved reports", e);
        }
    }

    private int execute(String sql, Object key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, key);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not change saved reports", e);
        }
    }

    private static SavedReport single(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return read(rows);
        }
    }

    private static SavedReport read(ResultSet rows) throws SQLException {
        String app = rows.getString("app");
        String[] roles = (String[]) rows.getArray("shared_roles").getArray();
        return new SavedReport(rows.getLong("id"), app, rows.getString("name"), rows.getString("owner"),
                Set.copyOf(Arrays.asList(roles)), ReportYaml.read(rows.getString("definition"), app),
                rows.getObject("updated_at", OffsetDateTime.class), rows.getInt("version"));
    }

    private static Array roles(Connection connection, Set<String> roles) throws SQLException {
        return connection.createArrayOf("text", roles.stream().sorted().toArray());
    }
}
