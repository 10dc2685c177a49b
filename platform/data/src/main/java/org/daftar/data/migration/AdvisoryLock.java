package org.daftar.data.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database lock that lets one process at a time plan and apply: a transaction-level advisory
 * lock, released when the transaction ends. A second node starting at the same moment waits for
 * the first to commit, then plans again and finds nothing to do.
 */
final class AdvisoryLock {

    /** The lock's key: "daftar" in ASCII, then 1 for the definitions' schema. */
    static final long KEY = 0x6461667461720001L;

    private AdvisoryLock() {}

    /** Waits for the lock; it is held until the connection's transaction ends. */
    static void acquire(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_xact_lock(" + KEY + ")");
        }
    }
}
