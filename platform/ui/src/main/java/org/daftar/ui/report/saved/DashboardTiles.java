package org.daftar.ui.report.saved;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * The reports pinned to each app's dashboard (table {@code daftar_dashboard_tile}), in their
 * order. A tile names a built-in report ({@code report:<id>}) or a saved one ({@code saved:<id>}).
 */
@Component
public class DashboardTiles {

    /** One tile: which report, where, pinned by whom. */
    public record Tile(String app, String reportRef, int position, String owner) {}

    private final DataSource dataSource;

    public DashboardTiles(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The tiles of {@code app}, in order. */
    public List<Tile> of(String app) {
        String sql = "select app, report_ref, position, owner from daftar_dashboard_tile where app = ? order by position, id";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, app);
            try (ResultSet rows = statement.executeQuery()) {
                List<Tile> tiles = new ArrayList<>();
                while (rows.next()) {
                    tiles.add(new Tile(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getString(4)));
                }
                return tiles;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the dashboard of " + app, e);
        }
    }

    /** Puts a report last on the dashboard of {@code app} (once: pinning it again changes nothing). */
    public void pin(String app, String reportRef, String owner) {
        String sql = "insert into daftar_dashboard_tile (app, report_ref, position, owner)"
                + " select ?, ?, coalesce(max(position), 0) + 1, ? from daftar_dashboard_tile where app = ?"
                + " on conflict (app, report_ref) do nothing";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, app);
            statement.setString(2, reportRef);
            statement.setString(3, owner);
            statement.setString(4, app);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not pin " + reportRef, e);
        }
    }

    /** Takes a report off the dashboard of {@code app}. */
    public void unpin(String app, String reportRef) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "delete from daftar_dashboard_tile where app = ? and report_ref = ?")) {
            statement.setString(1, app);
            statement.setString(2, reportRef);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not unpin " + reportRef, e);
        }
    }
}
