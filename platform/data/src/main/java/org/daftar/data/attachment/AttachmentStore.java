package org.daftar.data.attachment;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.daftar.model.entity.FieldDef;

/**
 * Where the files of attachment fields are kept. A record stores only the attachment's value,
 * {@code {name, mediaType, size, ref}}; the content lives here under {@code ref}.
 */
public interface AttachmentStore {

    /**
     * Keeps an uploaded file for {@code field}, after checking the field's limits (accepted types,
     * largest size).
     *
     * @return the value to put in the record: {@code name}, {@code mediaType}, {@code size}, {@code ref}
     * @throws org.daftar.data.record.ValidationException when the file breaks the field's limits,
     *     with the reason in the writer's language
     */
    Map<String, Object> store(FieldDef field, String fileName, String mediaType, InputStream content, java.util.Locale locale);

    /** Copies the content kept under {@code ref} to {@code out}; false when there is none. */
    boolean copyTo(String ref, OutputStream out);
}
