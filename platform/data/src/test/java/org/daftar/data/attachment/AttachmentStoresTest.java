package org.daftar.data.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.daftar.data.migration.PlatformMigrations;
import org.daftar.data.record.validation.ValidationException;
import org.daftar.model.LocalizedText;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldSettings;
import org.daftar.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentStoresTest {

    private static final Locale ARABIC = Locale.of("ar");
    private static TestDatabase db;

    @TempDir
    Path folder;

    @BeforeAll
    static void database() {
        db = TestDatabase.create(2);
        PlatformMigrations.migrate(db.dataSource());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void aFileStoredInTheDatabaseComesBackUnderItsRef() {
        AttachmentStore store = new DatabaseAttachmentStore(db.dataSource());
        Map<String, Object> value = store.store(photo("1KB", List.of("image/*")), "tea.png", "image/png", bytes("pixels"),
                Locale.ENGLISH);

        assertThat(value).containsEntry("name", "tea.png").containsEntry("mediaType", "image/png").containsEntry("size", 6L);
        assertThat(read(store, (String) value.get("ref"))).isEqualTo("pixels");
        assertThat(db.queryValue("select field from public.daftar_attachment")).isEqualTo("photo_id");
    }

    @Test
    void aFileStoredInAFolderComesBackUnderItsRef() {
        AttachmentStore store = new FolderAttachmentStore(folder);
        Map<String, Object> value = store.store(photo(null, List.of()), "notes.txt", "text/plain", bytes("hello"), Locale.ENGLISH);

        assertThat(read(store, (String) value.get("ref"))).isEqualTo("hello");
    }

    @Test
    void aRefThatIsNoStoredFileGivesNothing() {
        AttachmentStore database = new DatabaseAttachmentStore(db.dataSource());
        AttachmentStore files = new FolderAttachmentStore(folder);

        assertThat(database.copyTo("00000000-0000-0000-0000-000000000000", new ByteArrayOutputStream())).isFalse();
        assertThat(database.copyTo("'; drop table x; --", new ByteArrayOutputStream())).isFalse();
        assertThat(files.copyTo("../../etc/passwd", new ByteArrayOutputStream())).isFalse();
    }

    @Test
    void aFileLargerThanTheFieldAllowsIsRefusedInTheUploadersLanguage() {
        AttachmentStore store = new DatabaseAttachmentStore(db.dataSource());

        assertThatThrownBy(() -> store.store(photo("1KB", List.of()), "big.png", "image/png",
                new ByteArrayInputStream(new byte[2048]), Locale.ENGLISH))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Photo: the file 'big.png' is larger than 1KB.");
        assertThatThrownBy(() -> store.store(photo("1KB", List.of()), "big.png", "image/png",
                new ByteArrayInputStream(new byte[2048]), ARABIC))
                .hasMessageContaining("حجم الملف 'big.png' أكبر من 1KB");
    }

    @Test
    void aFileOfATypeTheFieldDoesNotAcceptIsRefused() {
        AttachmentStore store = new FolderAttachmentStore(folder);

        assertThatThrownBy(() -> store.store(photo(null, List.of("image/*", ".pdf")), "run.exe", "application/x-msdownload",
                bytes("MZ"), Locale.ENGLISH))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).messages().getFirst().field()).isEqualTo("photo"))
                .hasMessageContaining("is not of an accepted type (image/*, .pdf)");
        assertThat(FileLimits.of(photo(null, List.of(".pdf"))).accepts("Scan.PDF", "application/pdf")).isTrue();
    }

    private static FieldDef photo(String maxSize, List<String> accept) {
        FieldSettings settings = new FieldSettings(null, null, null, null, null, null, null, null, null, List.of(), false,
                null, null, null, null, maxSize, accept);
        return new FieldDef("photo_id", "photo", "attachment", LocalizedText.of("Photo", "صورة"), null, false, false, false,
                null, settings, null);
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String read(AttachmentStore store, String ref) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(store.copyTo(ref, out)).isTrue();
        return out.toString(StandardCharsets.UTF_8);
    }
}
