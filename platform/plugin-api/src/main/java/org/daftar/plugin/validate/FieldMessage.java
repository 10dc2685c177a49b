package org.daftar.plugin.validate;

import java.util.Objects;
import org.daftar.model.LocalizedText;

/**
 * What is wrong with a record, and where.
 *
 * @param field the name of the field the message is about, or {@code null} when it is about the
 *     whole record
 * @param message what is wrong and how to put it right, in Arabic and English
 */
public record FieldMessage(String field, LocalizedText message) {

    public FieldMessage {
        Objects.requireNonNull(message, "message");
    }

    /** A message shown next to {@code field}. */
    public static FieldMessage on(String field, LocalizedText message) {
        return new FieldMessage(Objects.requireNonNull(field, "field"), message);
    }

    /** A message about the whole record, shown above the form. */
    public static FieldMessage onRecord(LocalizedText message) {
        return new FieldMessage(null, message);
    }

    public boolean isAboutRecord() {
        return field == null;
    }
}
