package org.daftar.model.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of one definition file and the location that messages name (a path relative to the
 * folder it was found in, e.g. {@code inventory/entities/product.yaml}). A location ending in
 * {@code .json} is read as JSON, anything else as YAML.
 */
public record DefinitionSource(String location, String text) {

    /** Reads {@code file}, naming it by its path relative to {@code base}'s parent. */
    public static DefinitionSource read(Path file, Path base) {
        try {
            Path root = base.toAbsolutePath().normalize();
            Path anchor = root.getParent() != null ? root.getParent() : root;
            String location = anchor.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
            return new DefinitionSource(location, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public boolean isJson() {
        return location.endsWith(".json");
    }
}
