package org.daftar.model.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds definition files: {@code .yaml}, {@code .yml} and {@code .json} files under folders,
 * leaving out hidden folders ({@code .git}), Maven's {@code target} folder beside a {@code pom.xml}
 * and published schemas ({@code *.schema.json}).
 */
public final class DefinitionFiles {

    private DefinitionFiles() {}

    /** The definition files under the folders, each named by its path from the folder's parent. */
    public static List<DefinitionSource> read(List<Path> folders) {
        List<DefinitionSource> sources = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(Files::isRegularFile)
                        .filter(file -> isDefinitionFile(file.getFileName().toString()))
                        .filter(file -> !isBuildOutput(folder.relativize(file), folder))
                        .forEach(file -> sources.add(DefinitionSource.read(file, folder)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the folder " + folder + ": " + e.getMessage(), e);
            }
        }
        sources.sort(Comparator.comparing(DefinitionSource::location));
        return List.copyOf(sources);
    }

    /** A YAML or JSON file that is not hidden and not a published schema. */
    public static boolean isDefinitionFile(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        boolean yamlOrJson = name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
        return yamlOrJson && !name.startsWith(".") && !name.endsWith(".schema.json");
    }

    private static boolean isBuildOutput(Path relative, Path folder) {
        Path current = folder;
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String name = relative.getName(i).toString();
            if (name.startsWith(".") || (name.equals("target") && Files.exists(current.resolve("pom.xml")))) {
                return true;
            }
            current = current.resolve(name);
        }
        return false;
    }
}
