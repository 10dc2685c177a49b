package org.daftar.designer.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.daftar.designer.publish.PublishOutcome;
import org.daftar.designer.publish.WorkspaceFixture;
import org.daftar.model.load.DefinitionSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatchTest {

    static final String TICKET = "id: ticket\nfields:\n  - {id: title, type: text, required: true}\n";

    @TempDir
    Path root;

    private WorkspaceFixture fixture;
    private FolderWatch watch;

    @AfterEach
    void close() {
        if (watch != null) {
            watch.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aSavedChangeIsPublishedAsFiles() throws Exception {
        Path folder = start();

        Files.writeString(folder.resolve("desk/entities/ticket.yaml"), "kind: entity\n" + TICKET + "  - {id: phone, type: phone}\n");

        PublishOutcome outcome = awaitOutcome();
        assertThat(outcome.status()).isEqualTo(PublishOutcome.Status.PUBLISHED);
        assertThat(outcome.release().orElseThrow().origin()).isEqualTo("files");
        assertThat(fixture.holder().current().definitions().entity("desk", "ticket").orElseThrow().field("phone")).isPresent();
    }

    @Test
    void filesWithProblemsChangeNothing() throws Exception {
        Path folder = start();
        var before = fixture.holder().current();

        Files.writeString(folder.resolve("desk/entities/ticket.yaml"), "kind: entity\nid: ticket\nfields:\n  - {id: title, type: txet}\n");

        PublishOutcome outcome = awaitOutcome();
        assertThat(outcome.status()).isEqualTo(PublishOutcome.Status.INVALID);
        assertThat(outcome.check().problems().getFirst().toString()).startsWith("desk/entities/ticket.yaml:4:");
        assertThat(fixture.holder().current()).isSameAs(before);
    }

    private Path start() throws IOException {
        Path folder = root.resolve("definitions");
        List<DefinitionSource> files = WorkspaceFixture.app("desk", TICKET);
        for (DefinitionSource file : files) {
            Path path = folder.resolve(file.location());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.text());
        }
        assertThat(FolderWatch.read(folder)).isEqualTo(files);
        fixture = WorkspaceFixture.start(FolderWatch.read(folder));
        watch = FolderWatch.start(folder, fixture.workspace(), "dev@host", Duration.ofMillis(100));
        return folder;
    }

    private PublishOutcome awaitOutcome() throws InterruptedException {
        for (int i = 0; i < 200 && watch.last() == null; i++) {
            Thread.sleep(50);
        }
        assertThat(watch.last()).as("a publish within 10 s").isNotNull();
        return watch.last();
    }
}
