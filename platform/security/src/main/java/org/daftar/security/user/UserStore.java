package org.daftar.security.user;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Users, their roles and attributes in the tables of {@code V4__users.sql}. Passwords go in as text
 * and are stored only as hashes.
 *
 * <pre>{@code
 * UserStore users = new UserStore(dataSource, new PasswordHashing());
 * users.create(new UserDraft("huda", "Huda Saleh", "huda@example.com", "s3cret-pass", true,
 *         Set.of("staff", "hr.department_manager"), Map.of("hr", Map.of("department", "12"))));
 * users.find("huda").orElseThrow().roles();   // [hr.department_manager, staff]
 * }</pre>
 */
public final class UserStore {

    private static final String COLUMNS =
            "id, username, display_name, email, enabled, failed_logins, locked_until";

    private final DataSource dataSource;
    private final PasswordHashing hashing;

    public UserStore(DataSource dataSource, PasswordHashing hashing) {
        this.dataSource = dataSource;
        this.hashing = hashing;
    }

    public Optional<User> find(String username) {
        List<User> found = select("where username = ?", username);
        return found.stream().findFirst();
    }

    /** Every user, by user name. */
    public List<User> all() {
        return select("order by username");
    }

    /** The stored bcrypt hash of the user's password. */
    public Optional<String> passwordHash(String username) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select password_hash from public.daftar_user where username = ?")) {
            statement.setString(1, username);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("reading the password of " + username, e);
        }
    }

    /** True when an enabled user has the built-in admin role. */
    public boolean hasAdmin() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("""
                        select 1 from public.daftar_user u join public.daftar_user_role r on r.user_id = u.id
                        where r.role = 'admin' and u.enabled limit 1""");
                ResultSet rows = statement.executeQuery()) {
            return rows.next();
        } catch (SQLException e) {
            throw failed("looking for an admin", e);
        }
    }

    /**
     * Adds a user.
     *
     * @throws IllegalArgumentException when the user name is taken or invalid, or the password is too short
     */
    public User create(UserDraft draft) {
        Usernames.check(draft.username());
        String hash = hashing.hash(draft.password());
        return inTransaction(connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into public.daftar_user (username, display_name, email, password_hash, enabled)
                    values (?, ?, ?, ?, ?) on conflict (username) do nothing returning id""")) {
                insert.setString(1, draft.username());
                insert.setString(2, displayName(draft));
                insert.setString(3, blankToNull(draft.email()));
                insert.setString(4, hash);
                insert.setBoolean(5, draft.enabled());
                try (ResultSet rows = insert.executeQuery()) {
                    if (!rows.next()) {
                        throw new IllegalArgumentException("The user name '" + draft.username() + "' is taken.");
                    }
                    id = rows.getLong(1);
                }
            }
            writeRolesAndAttributes(connection, id, draft);
            return id;
        }, "creating the user " + draft.username()).map(this::byId).orElseThrow();
    }

    /** Changes a user's details, roles and attributes, and the password when the draft gives one. */
    public User update(long id, UserDraft draft) {
        Usernames.check(draft.username());
        String hash = draft.password() == null || draft.password().isEmpty() ? null : hashing.hash(draft.password());
        inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    update public.daftar_user set username = ?, display_name = ?, email = ?, enabled = ?,
                           password_hash = coalesce(?, password_hash), updated_at = now()
                    where id = ?""")) {
                update.setString(1, draft.username());
                update.setString(2, displayName(draft));
                update.setString(3, blankToNull(draft.email()));
                update.setBoolean(4, draft.enabled());
                update.setString(5, hash);
                update.setLong(6, id);
                if (update.executeUpdate() == 0) {
                    throw new IllegalArgumentException("There is no user " + id + ".");
                }
            }
            try (PreparedStatement clear = connection.prepareStatement(
                    "delete from public.daftar_user_role where user_id = ?; "
                            + "delete from public.daftar_user_attribute where user_id = ?")) {
                clear.setLong(1, id);
                clear.setLong(2, id);
                clear.execute();
            }
            writeRolesAndAttributes(connection, id, draft);
            return id;
        }, "saving the user " + draft.username());
        return byId(id);
    }

    /** Records the failed sign-ins since the last success, and a lockout's end ({@code null}: none). */
    public void setLoginState(String username, int failedLogins, Instant lockedUntil) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update public.daftar_user set failed_logins = ?, locked_until = ? where username = ?")) {
            update.setInt(1, failedLogins);
            update.setTimestamp(2, lockedUntil == null ? null : Timestamp.from(lockedUntil));
            update.setString(3, username);
            update.executeUpdate();
        } catch (SQLException e) {
            throw failed("recording the sign-in of " + username, e);
        }
    }

    /** Adds one failed sign-in and returns how many there are now (0 when there is no such user). */
    public int addFailedLogin(String username) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("""
                        update public.daftar_user set failed_logins = failed_logins + 1 where username = ?
                        returning failed_logins""")) {
            update.setString(1, username);
            try (ResultSet rows = update.executeQuery()) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw failed("recording a failed sign-in of " + username, e);
        }
    }

    private User byId(long id) {
        return select("where id = ?", id).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no user " + id + "."));
    }

    private List<User> select(String where, Object... values) {
        try (Connection connection = dataSource.getConnection()) {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "select " + COLUMNS + " from public.daftar_user " + where)) {
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        Timestamp locked = result.getTimestamp(7);
                        rows.add(new Object[] {result.getLong(1), result.getString(2), result.getString(3),
                            result.getString(4), result.getBoolean(5), result.getInt(6),
                            locked == null ? null : locked.toInstant()});
                    }
                }
            }
            List<User> users = new ArrayList<>();
            for (Object[] row : rows) {
                long id = (Long) row[0];
                users.add(new User(id, (String) row[1], (String) row[2], (String) row[3], (Boolean) row[4],
                        (Integer) row[5], (Instant) row[6], roles(connection, id), attributes(connection, id)));
            }
            return users;
        } catch (SQLException e) {
            throw failed("reading users", e);
        }
    }

    private static Set<String> roles(Connection connection, long id) throws SQLException {
        Set<String> roles = new TreeSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select role from public.daftar_user_role where user_id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    roles.add(rows.getString(1));
                }
            }
        }
        return roles;
    }

    private static Map<String, Map<String, String>> attributes(Connection connection, long id) throws SQLException {
        Map<String, Map<String, String>> attributes = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select app, name, value from public.daftar_user_attribute where user_id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    attributes.computeIfAbsent(rows.getString(1), app -> new LinkedHashMap<>())
                            .put(rows.getString(2), rows.getString(3));
                }
            }
        }
        return attributes;
    }

    private static void writeRolesAndAttributes(Connection connection, long id, UserDraft draft) throws SQLException {
        try (PreparedStatement role = connection.prepareStatement(
                "insert into public.daftar_user_role (user_id, role) values (?, ?)")) {
            for (String name : draft.roles()) {
                role.setLong(1, id);
                role.setString(2, name);
                role.addBatch();
            }
            role.executeBatch();
        }
        try (PreparedStatement attribute = connection.prepareStatement(
                "insert into public.daftar_user_attribute (user_id, app, name, value) values (?, ?, ?, ?)")) {
            for (var app : draft.attributes().entrySet()) {
                for (var value : app.getValue().entrySet()) {
                    if (value.getValue() == null || value.getValue().isBlank()) {
                        continue;
                    }
                    attribute.setLong(1, id);
                    attribute.setString(2, app.getKey());
                    attribute.setString(3, value.getKey());
                    attribute.setString(4, value.getValue());
                    attribute.addBatch();
                }
            }
            attribute.executeBatch();
        }
    }

    private interface Work {
        long run(Connection connection) throws SQLException;
    }

    private Optional<Long> inTransaction(Work work, String what) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long id = work.run(connection);
                connection.commit();
                return Optional.of(id);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new IllegalArgumentException("That user name is taken.", e);
            }
            throw failed(what, e);
        }
    }

    private static String displayName(UserDraft draft) {
        return draft.displayName() == null || draft.displayName().isBlank() ? draft.username() : draft.displayName();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException("The user store failed " + what + ": " + e.getMessage(), e);
    }
}
