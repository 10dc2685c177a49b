package org.daftar.designer.draft;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The drafts of every app in {@code daftar_designer_draft}: the files admins edited and have not
 * published. It checks nobody's rights: {@link org.daftar.designer.session.DesignerSession} lets
 * only admins reach it.
 */
@Component
public class DraftStore {

    private final DataSource dataSource;

    public DraftStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The draft's files of {@code app}, by location. */
    public List<DraftFile> files(String app) {
        return query("select location, text, updated_by, updated_at from daftar_designer_draft where app = ? order by location",
                app);
    }

    /** The apps that have a draft, by id. */
    public List<String> apps() {
        List<String> apps = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select distinct app from daftar_designer_draft order by app");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                apps.add(rows.getString(1));
            }
            return apps;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /** Keeps {@code text} as the draft's version of the file ({@code null}: the draft deletes it). */
    public void save(String app, String location, String text, String user) {
        update("""
                insert into daftar_designer_draft (app, location, text, updated_by) values (?, ?, ?, ?)
                on conflict (app, location) do update set text = excluded.text, updated_by = excluded.updated_by,
                updated_at = now()""", app, location, text, user);
    }

    /** Forgets the draft's version of one file: the published one shows again. */
    public void revert(String app, String location) {
        update("delete from daftar_designer_draft where app = ? and location = ?", app, location);
    }

    /** Forgets the whole draft of {@code app}. */
    public void discard(String app) {
        update("delete from daftar_designer_draft where app = ?", app);
    }

    private List<DraftFile> query(String sql, String app) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, app);
            try (ResultSet rows = statement.executeQuery()) {
                List<DraftFile> files = new ArrayList<>();
                while (rows.next()) {
                    files.add(new DraftFile(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getTimestamp(4).toInstant()));
                }
                return files;
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("The designer's drafts could not be read or saved: " + e.getMessage(), e);
    }
}
