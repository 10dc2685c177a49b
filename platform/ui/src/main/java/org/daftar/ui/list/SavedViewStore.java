package org.daftar.ui.list;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Each user's saved views of each list, in the table {@code daftar_saved_view}
 * ({@code V5__saved_views.sql}). A list is named {@code app.list}; the owner is the signed-in user
 * ({@code DataGateway.user()}), so nobody sees or changes another user's views.
 */
@Component
public class SavedViewStore {

    private final DataSource dataSource;

    public SavedViewStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The owner's views of the list, by name. */
    public List<SavedView> views(String owner, String list) {
        String sql = "select name, state, is_default from daftar_saved_view where owner = ? and list_key = ? order by lower(name), name";
        return query(sql, owner, list);
    }

    /** The view the list opens with for the owner, if one is set as default. */
    public Optional<SavedView> defaultView(String owner, String list) {
        return views(owner, list).stream().filter(SavedView::isDefault).findFirst();
    }

    public Optional<SavedView> view(String owner, String list, String name) {
        return views(owner, list).stream().filter(view -> view.name().equals(name)).findFirst();
    }

    /** Saves the state under {@code name}, replacing the state of a view of that name. */
    public void save(String owner, String list, String name, String state) {
        update("""
                insert into daftar_saved_view (owner, list_key, name, state) values (?, ?, ?, ?)
                on conflict (owner, list_key, name) do update set state = excluded.state, updated_at = now()""",
                owner, list, requireName(name), state);
    }

    /** Renames a view; false when there is none of that name or the new name is taken. */
    public boolean rename(String owner, String list, String name, String newName) {
        if (view(owner, list, requireName(newName)).isPresent()) {
            return false;
        }
        return update("update daftar_saved_view set name = ?, updated_at = now() where owner = ? and list_key = ? and name = ?",
                newName, owner, list, name) == 1;
    }

    public boolean delete(String owner, String list, String name) {
        return update("delete from daftar_saved_view where owner = ? and list_key = ? and name = ?", owner, list, name) == 1;
    }

    /** Makes {@code name} the view the list opens with (and no other), or none when {@code name} is null. */
    public void setDefault(String owner, String list, String name) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                execute(connection, "update daftar_saved_view set is_default = false where owner = ? and list_key = ? and is_default",
                        owner, list);
                if (name != null) {
                    execute(connection, "update daftar_saved_view set is_default = true where owner = ? and list_key = ? and name = ?",
                            owner, list, name);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A saved view needs a name");
        }
        return name.strip();
    }

    private List<SavedView> query(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, values);
                ResultSet rows = statement.executeQuery()) {
            List<SavedView> views = new ArrayList<>();
            while (rows.next()) {
                views.add(new SavedView(rows.getString(1), rows.getString(2), rows.getBoolean(3)));
            }
            return views;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private int update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection()) {
            return execute(connection, sql, values);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static int execute(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        return statement;
    }

    private static IllegalStateException failed(SQLException e) {
        return new IllegalStateException("The saved views could not be read or written: " + e.getMessage(), e);
    }
}
