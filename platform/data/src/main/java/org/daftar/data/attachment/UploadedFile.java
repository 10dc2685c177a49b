package org.daftar.data.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.daftar.model.entity.FieldDef;

/**
 * An upload read into memory and checked against its field's limits. Reading stops one byte past
 * the largest size allowed, so an oversized upload is refused without being read to its end.
 */
record UploadedFile(String name, String mediaType, byte[] content) {

    /** Reads and checks an upload for {@code field}. */
    static UploadedFile read(FieldDef field, String fileName, String mediaType, InputStream content, Locale locale) {
        FileLimits limits = FileLimits.of(field);
        String name = fileName == null || fileName.isBlank() ? "file" : fileName.strip();
        String type = mediaType == null || mediaType.isBlank() ? "application/octet-stream" : mediaType.strip();
        limits.check(name, type, 0, locale);
        byte[] bytes = readAtMost(content, limits.maxBytes() == null ? Long.MAX_VALUE : limits.maxBytes() + 1);
        limits.check(name, type, bytes.length, locale);
        return new UploadedFile(name, type, bytes);
    }

    /** The value a record keeps for the file stored under {@code ref}. */
    Map<String, Object> value(String ref) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", name);
        value.put("mediaType", mediaType);
        value.put("size", (long) content.length);
        value.put("ref", ref);
        return value;
    }

    private static byte[] readAtMost(InputStream in, long limit) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            int read;
            while (total < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) >= 0) {
                out.write(buffer, 0, read);
                total += read;
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read: " + e.getMessage(), e);
        }
    }
}
