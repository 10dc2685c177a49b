package org.daftar.data.record;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.daftar.data.record.table.UncheckedSqlException;
import org.daftar.data.record.validation.UniqueRules;

/**
 * How a session's writes meet transactions. Inside {@link RecordService#inTransaction} the caller
 * holds the transaction and this does nothing. When the session runs one write for the service it
 * owns its transaction: the write's reads run on their own, {@link #begin} opens the transaction
 * just before the first lock, number or multi-statement write, and it is committed when the write
 * returns and rolled back when it fails. Database failures become the record service's exceptions.
 */
final class SessionTransactions {

    /** A write's work. */
    interface Work {
        Map<String, Object> run() throws SQLException;
    }

    private final Connection connection;
    private final boolean owned;

    SessionTransactions(Connection connection, boolean owned) {
        this.connection = connection;
        this.owned = owned;
    }

    /** Runs {@code work}, opening its transaction first when {@code transactionFromStart}. */
    Map<String, Object> run(String doing, UniqueRules unique, Map<String, Object> values, WriteContext context,
            boolean transactionFromStart, Work work) {
        try {
            if (transactionFromStart) {
                begin();
            }
            Map<String, Object> result = work.run();
            commit();
            return result;
        } catch (SQLException e) {
            rollback(e);
            throw SqlFailures.translate(e, unique, values, context.locale(), doing);
        } catch (UncheckedSqlException e) {
            rollback(e);
            throw SqlFailures.store(e.getCause(), doing);
        } catch (RuntimeException | Error e) {
            rollback(e);
            throw e;
        }
    }

    /** Opens the owned transaction, if it is not open yet. */
    void begin() throws SQLException {
        if (owned && connection.getAutoCommit()) {
            connection.setAutoCommit(false);
        }
    }

    private void commit() throws SQLException {
        if (owned && !connection.getAutoCommit()) {
            connection.commit();
            connection.setAutoCommit(true);
        }
    }

    private void rollback(Throwable failure) {
        try {
            if (owned && !connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
