package org.daftar.model.app;

import org.daftar.model.SourceRef;

/**
 * Something an app knows about each user, which row permissions may read as
 * {@code user.ID} (for example the user's warehouse or department).
 *
 * @param type a field type ({@code text}, {@code reference}, ...)
 * @param entity for a reference, the entity it points to
 */
public record UserAttribute(String id, String type, String entity, SourceRef at) {}
