package org.daftar.query;

/** A query that cannot be compiled or run, with a message for the person who wrote it. */
public class QueryException extends RuntimeException {

    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
