package org.daftar.plugin.action;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.daftar.model.LocalizedText;

/**
 * How an action went.
 *
 * @param succeeded false when the action could not be done; the message says why
 * @param message what to tell the user, or {@code null} for nothing
 * @param changes field name to new value, written to the record (with the user's permissions,
 *     validation and audit) when the action succeeded; empty for none
 */
public record ActionResult(boolean succeeded, LocalizedText message, Map<String, Object> changes) {

    public ActionResult {
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
        if (!succeeded) {
            Objects.requireNonNull(message, "a failed action says why");
            if (!changes.isEmpty()) {
                throw new IllegalArgumentException("A failed action changes nothing");
            }
        }
    }

    /** Done, nothing to change in the record. */
    public static ActionResult done(LocalizedText message) {
        return new ActionResult(true, message, Map.of());
    }

    /** Done: write {@code changes} to the record. */
    public static ActionResult changed(Map<String, Object> changes, LocalizedText message) {
        return new ActionResult(true, message, changes);
    }

    /** Not done, and why. */
    public static ActionResult failed(LocalizedText message) {
        return new ActionResult(false, message, Map.of());
    }
}
