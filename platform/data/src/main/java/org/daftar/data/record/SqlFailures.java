package org.daftar.data.record;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.daftar.data.record.validation.FieldMessage;
import org.daftar.data.record.validation.UniqueRules;
import org.daftar.data.record.validation.ValidationException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What a refusal by the database means to people. Rules are checked before writing, so this only
 * happens when two saves race past a check: a unique index refusing a row is worded as the unique
 * rule words it; anything else is a {@link RecordStoreException}.
 */
final class SqlFailures {

    private static final String UNIQUE_VIOLATION = "23505";

    private SqlFailures() {}

    static RuntimeException translate(SQLException e, UniqueRules unique, Map<String, Object> values, Locale locale, String doing) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState()) && e instanceof PSQLException psql) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            Optional<FieldMessage> message = server == null || server.getConstraint() == null ? Optional.empty()
                    : unique.messageFor(server.getConstraint(), values, locale);
            if (message.isPresent()) {
                return new ValidationException(List.of(message.get()));
            }
        }
        return store(e, doing);
    }

    static RecordStoreException store(SQLException e, String doing) {
        return new RecordStoreException("The database failed while " + doing + ": " + e.getMessage()
                + " (SQL state " + e.getSQLState() + ")", e);
    }
}
