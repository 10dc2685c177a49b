package org.daftar.app.live;

import java.nio.file.Path;
import java.util.List;
import org.daftar.app.definitions.DefinitionOrigin;
import org.daftar.model.load.DefinitionSource;

/**
 * Names files as published versions keep them, {@code APP/...} as in {@code definitions/}: files
 * read from a folder are named from the folder's parent ({@code definitions/shop/app.yaml}), so
 * the folder's own name is left out; the built-in apps are named so already.
 */
final class FileLocations {

    private FileLocations() {}

    static List<DefinitionSource> asPublished(DefinitionOrigin origin, List<DefinitionSource> sources) {
        if (!(origin instanceof DefinitionOrigin.Folders)) {
            return sources;
        }
        return sources.stream().map(FileLocations::withoutFolder).toList();
    }

    private static DefinitionSource withoutFolder(DefinitionSource source) {
        int slash = source.location().indexOf('/');
        return slash < 0 ? source : new DefinitionSource(source.location().substring(slash + 1), source.text());
    }

    /** What {@code plan} and {@code migrate} need to read the definitions the server read. */
    static String commandArguments(DefinitionOrigin origin) {
        if (origin instanceof DefinitionOrigin.Folders folders && folders.folders().size() == 1) {
            Path folder = folders.folders().getFirst();
            return " " + folder;
        }
        return "";
    }
}
