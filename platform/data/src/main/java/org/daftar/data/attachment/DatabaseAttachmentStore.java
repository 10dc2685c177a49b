package org.daftar.data.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.daftar.data.record.RecordStoreException;
import org.daftar.model.entity.FieldDef;

/**
 * Keeps attachment files in PostgreSQL, in {@code public.daftar_attachment} (made by the platform
 * migration {@code V6__attachments.sql}), each under a random UUID as its {@code ref}. Files are
 * written once and never changed or removed by a save, so an older version of a record still
 * points at its file.
 *
 * <pre>{@code
 * AttachmentStore files = new DatabaseAttachmentStore(dataSource);
 * Map<String, Object> photo = files.store(photoField, "tea.png", "image/png", in, Locale.ENGLISH);
 * records.update("shop.product", id, Map.of("photo", photo, "version", 0), who);
 * files.copyTo((String) photo.get("ref"), response.getOutputStream());
 * }</pre>
 */
public final class DatabaseAttachmentStore implements AttachmentStore {

    private static final String INSERT =
            "insert into public.daftar_attachment (ref, name, media_type, size, content, field) values (?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "select content from public.daftar_attachment where ref = ?";

    private final DataSource dataSource;

    public DatabaseAttachmentStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Map<String, Object> store(FieldDef field, String fileName, String mediaType, InputStream content, Locale locale) {
        UploadedFile file = UploadedFile.read(field, fileName, mediaType, content, locale);
        UUID ref = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, ref);
            insert.setString(2, file.name());
            insert.setString(3, file.mediaType());
            insert.setLong(4, file.content().length);
            insert.setBytes(5, file.content());
            insert.setString(6, field.id());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new RecordStoreException("The file '" + file.name() + "' could not be stored: " + e.getMessage(), e);
        }
        return file.value(ref.toString());
    }

    @Override
    public boolean copyTo(String ref, OutputStream out) {
        Optional<UUID> id = parse(ref);
        if (id.isEmpty()) {
            return false;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setObject(1, id.get());
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return false;
                }
                try (InputStream in = rows.getBinaryStream(1)) {
                    in.transferTo(out);
                }
                return true;
            }
        } catch (SQLException e) {
            throw new RecordStoreException("The file '" + ref + "' could not be read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("The file '" + ref + "' could not be sent: " + e.getMessage(), e);
        }
    }

    private static Optional<UUID> parse(String ref) {
        try {
            return ref == null ? Optional.empty() : Optional.of(UUID.fromString(ref));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
