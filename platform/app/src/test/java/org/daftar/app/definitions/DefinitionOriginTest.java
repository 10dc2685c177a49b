package org.daftar.app.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.daftar.model.load.DefinitionSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefinitionOriginTest {

    @TempDir
    Path work;

    @Test
    void aConfiguredFolderComesFirst() throws IOException {
        Files.createDirectories(work.resolve("definitions"));
        Path configured = work.resolve("elsewhere");

        assertThat(DefinitionOrigin.standard(Optional.of(configured), work))
                .isEqualTo(new DefinitionOrigin.Folders(List.of(configured)));
    }

    @Test
    void thenTheDefinitionsFolderOfTheWorkingDirectory() throws IOException {
        Files.createDirectories(work.resolve("definitions"));

        assertThat(DefinitionOrigin.standard(Optional.empty(), work))
                .isEqualTo(new DefinitionOrigin.Folders(List.of(work.resolve("definitions"))));
    }

    @Test
    void thenTheBuiltInApps() {
        assertThat(DefinitionOrigin.standard(Optional.empty(), work)).isInstanceOf(DefinitionOrigin.BuiltIn.class);
    }

    @Test
    void aFolderReadsYamlAndJsonNamedFromItsParentSkippingBuildOutputAndHiddenFolders() throws IOException {
        Path definitions = work.resolve("definitions");
        write(definitions.resolve("shop/app.yaml"), "kind: app");
        write(definitions.resolve("shop/entities/product.json"), "{}");
        write(definitions.resolve("shop/entities/notes.yml"), "kind: entity");
        write(definitions.resolve("README.md"), "# not a definition");
        write(definitions.resolve("pom.xml"), "<project/>");
        write(definitions.resolve("target/classes/daftar/definitions/shop/app.yaml"), "kind: app");
        write(definitions.resolve(".idea/workspace.json"), "{}");

        List<DefinitionSource> sources = new DefinitionOrigin.Folders(List.of(definitions)).read();

        assertThat(sources).extracting(DefinitionSource::location).containsExactly(
                "definitions/shop/app.yaml", "definitions/shop/entities/notes.yml", "definitions/shop/entities/product.json");
        assertThat(sources.getFirst().text()).isEqualTo("kind: app");
    }

    @Test
    void missingFoldersAreNamed() throws IOException {
        Path there = Files.createDirectories(work.resolve("there"));
        Path missing = work.resolve("missing");

        assertThat(new DefinitionOrigin.Folders(List.of(there, missing)).missing()).containsExactly(missing);
    }

    @Test
    void theBuiltInAppsAreNamedRelativeToTheirRootOnTheClasspath() throws IOException {
        write(work.resolve("daftar/definitions/shop/app.yaml"), "kind: app\nlabel: {ar: المتجر}");
        write(work.resolve("daftar/definitions/shop/entities/product.yaml"), "kind: entity");
        write(work.resolve("daftar/definitions/shop/README.md"), "# not a definition");

        try (var classLoader = new URLClassLoader(new URL[] {work.toUri().toURL()}, null)) {
            List<DefinitionSource> sources = BuiltInDefinitions.read(classLoader);

            assertThat(sources).extracting(DefinitionSource::location)
                    .containsExactly("shop/app.yaml", "shop/entities/product.yaml");
            assertThat(sources.getFirst().text()).contains("المتجر");
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
