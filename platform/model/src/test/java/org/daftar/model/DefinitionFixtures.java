package org.daftar.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;

/**
 * The definition fixtures of the tests: the valid "shop" app (in YAML and in JSON) and the broken
 * cases, each a folder of files that replace or add to the shop app's files.
 */
public final class DefinitionFixtures {

    /** One loader for all tests: compiling the schemas is its only cost. */
    public static final DefinitionLoader LOADER = new DefinitionLoader(List.of());

    private DefinitionFixtures() {}

    public static Path resource(String name) {
        try {
            return Path.of(DefinitionFixtures.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static LoadResult loadFolder(String name) {
        return LOADER.loadFolders(List.of(resource(name)));
    }

    /** The sources of a fixture folder, by location relative to it ({@code shop/app.yaml}). */
    public static Map<String, String> sources(Path folder) {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).forEach(file -> sources.put(
                    folder.relativize(file).toString().replace('\\', '/'), read(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    /** The shop app with the files of broken case {@code name} put in place of its own. */
    public static LoadResult loadBrokenCase(String name) {
        Map<String, String> sources = sources(resource("fixtures/shop-yaml"));
        sources.putAll(sources(resource("broken/" + name)));
        List<DefinitionSource> list = new ArrayList<>();
        sources.forEach((location, text) -> list.add(new DefinitionSource(location, text)));
        return LOADER.load(list);
    }

    public static List<String> brokenCaseNames() {
        try (Stream<Path> cases = Files.list(resource("broken"))) {
            return cases.map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
