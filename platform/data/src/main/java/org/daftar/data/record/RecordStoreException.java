package org.daftar.data.record;

/** The database failed to read or write records (it is unreachable, or refused a statement for a reason no rule foresaw). */
public final class RecordStoreException extends RuntimeException {

    public RecordStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
