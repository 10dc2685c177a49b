package org.daftar.data.record.compute;

/**
 * A reference as expressions see it: the record {@code id} of {@code entity} ({@code app.entity}).
 * Two references are equal when they point to the same record.
 */
public record RecordRef(String entity, long id) {}
