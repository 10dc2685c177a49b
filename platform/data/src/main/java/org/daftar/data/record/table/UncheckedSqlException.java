package org.daftar.data.record.table;

import java.sql.SQLException;

/**
 * A database failure where a checked exception cannot go (inside an expression's scope); the
 * record service turns it back into its own exception at its boundary.
 */
public final class UncheckedSqlException extends RuntimeException {

    public UncheckedSqlException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
