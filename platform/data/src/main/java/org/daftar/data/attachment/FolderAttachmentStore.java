package org.daftar.data.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.daftar.model.entity.FieldDef;

/**
 * Keeps attachment files in a folder: each under a random UUID, in a sub-folder named by its first
 * two characters ({@code 3f/3f2a...}). A {@code ref} is accepted only as a UUID, so no ref can name
 * a file outside the folder. Files are written to a temporary name and moved in place, so a
 * half-written file is never served.
 *
 * <pre>{@code
 * AttachmentStore files = new FolderAttachmentStore(Path.of("data", "attachments"));
 * }</pre>
 */
public final class FolderAttachmentStore implements AttachmentStore {

    private final Path folder;

    public FolderAttachmentStore(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public Map<String, Object> store(FieldDef field, String fileName, String mediaType, InputStream content, Locale locale) {
        UploadedFile file = UploadedFile.read(field, fileName, mediaType, content, locale);
        String ref = UUID.randomUUID().toString();
        Path target = pathOf(ref);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), ref, ".part");
            Files.write(partial, file.content());
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The file '" + file.name() + "' could not be stored in " + folder + ": "
                    + e.getMessage(), e);
        }
        return file.value(ref);
    }

    @Override
    public boolean copyTo(String ref, OutputStream out) {
        if (!isUuid(ref)) {
            return false;
        }
        Path file = pathOf(ref);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            Files.copy(file, out);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("The file '" + ref + "' could not be read: " + e.getMessage(), e);
        }
    }

    private Path pathOf(String ref) {
        String name = UUID.fromString(ref).toString();
        return folder.resolve(name.substring(0, 2)).resolve(name);
    }

    private static boolean isUuid(String ref) {
        try {
            return ref != null && UUID.fromString(ref).toString().equals(ref.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
