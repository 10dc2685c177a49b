package org.daftar.query.sql;

import org.daftar.query.QueryException;

/** SQL text that SQL mode will not run, and why. */
public final class SqlRefusal extends QueryException {

    public SqlRefusal(String message) {
        super(message);
    }
}
