package org.daftar.testsupport;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A fresh, empty database on the shared test PostgreSQL, with a small connection pool.
 *
 * <pre>{@code
 * static final TestDatabase DB = TestDatabase.create();
 * ...
 * try (Connection c = DB.dataSource().getConnection()) { ... }
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable {

    private final String name;
    private final HikariDataSource dataSource;

    private TestDatabase(String name, HikariDataSource dataSource) {
        this.name = name;
        this.dataSource = dataSource;
    }

    /** A new empty database with a pool of up to 10 connections. */
    public static TestDatabase create() {
        return create(10);
    }

    public static TestDatabase create(int poolSize) {
        String name = TestPostgres.newDatabase();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(TestPostgres.jdbcUrl(name));
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("test-" + name);
        return new TestDatabase(name, new HikariDataSource(config));
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return TestPostgres.jdbcUrl(name);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The first column of the first row of a query, for assertions. */
    public Object queryValue(String sql) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Runs a statement, for test set-up. */
    public void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
