package org.daftar.data.record;

/**
 * A write was refused because of the state the record is in: it was deleted (restore it first), it
 * is not deleted (nothing to restore), or it changed since the writer read it
 * ({@link StaleRecordException}). Nothing was saved; the message says why, in the writer's language.
 */
public class RecordConflictException extends RuntimeException {

    RecordConflictException(String message) {
        super(message);
    }
}
