package org.daftar.data.record;

/** There is no record with the id asked for (deleted records exist: they can be read and restored). */
public final class RecordNotFoundException extends RuntimeException {

    private final String entity;
    private final long id;

    RecordNotFoundException(String entity, long id, String message) {
        super(message);
        this.entity = entity;
        this.id = id;
    }

    /** {@code app.entity}. */
    public String entity() {
        return entity;
    }

    public long id() {
        return id;
    }
}
