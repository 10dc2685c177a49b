package org.daftar.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh, empty databases on the embedded PostgreSQL of {@link DaftarSpringTest}, for tests that
 * need a database of their own (a plan of other definitions, a command line run) without starting
 * another server.
 */
public final class TestDatabases {

    private static final AtomicInteger COUNT = new AtomicInteger();

    private TestDatabases() {
    }

    /** The JDBC URL of a new empty database. */
    public static String freshUrl(EmbeddedPostgres postgres) {
        String name = "scratch_" + COUNT.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + name + ": " + e.getMessage(), e);
        }
        return postgres.getJdbcUrl("postgres", name);
    }

    public static DataSource fresh(EmbeddedPostgres postgres) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(freshUrl(postgres));
        dataSource.setUser("postgres");
        return dataSource;
    }
}
