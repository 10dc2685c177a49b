package org.daftar.app.definitions;

import java.util.Locale;

/** Which file names are definitions: {@code .yaml}, {@code .yml} and {@code .json}. */
final class DefinitionFiles {

    private DefinitionFiles() {
    }

    static boolean isDefinition(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}
