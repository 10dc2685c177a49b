package org.daftar.data.record.draft;

/** A field's value before and after a save; either may be {@code null}. */
public record ValueChange(Object before, Object after) {}
