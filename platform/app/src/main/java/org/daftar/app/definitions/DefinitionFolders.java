package org.daftar.app.definitions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.daftar.model.load.DefinitionSource;

/**
 * Reads the definition files under folders. Build output ({@code target/}) and hidden folders
 * ({@code .git/}) are skipped, so a folder that is also a Maven module reads only its sources.
 */
final class DefinitionFolders {

    private DefinitionFolders() {
    }

    static List<DefinitionSource> read(List<Path> folders) {
        List<DefinitionSource> sources = new ArrayList<>();
        for (Path folder : folders) {
            for (Path file : files(folder)) {
                sources.add(DefinitionSource.read(file, folder));
            }
        }
        sources.sort(Comparator.comparing(DefinitionSource::location));
        return List.copyOf(sources);
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> DefinitionFiles.isDefinition(file.getFileName().toString()))
                    .filter(file -> !skipped(folder.relativize(file)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static boolean skipped(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String name = relative.getName(i).toString();
            if (name.equals("target") || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
