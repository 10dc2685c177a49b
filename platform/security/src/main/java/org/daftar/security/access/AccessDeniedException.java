package org.daftar.security.access;

/**
 * A call the user's rights do not allow: an action on an entity, a record outside the user's rows,
 * or a hidden or read-only field. The message is in the user's language; nothing was read or
 * written.
 */
public final class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
