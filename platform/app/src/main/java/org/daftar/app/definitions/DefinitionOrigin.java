package org.daftar.app.definitions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.daftar.model.load.DefinitionFiles;
import org.daftar.model.load.DefinitionSource;

/**
 * Where definitions are read from: folders on disk, or the built-in apps on the classpath.
 *
 * <pre>{@code
 * DefinitionOrigin origin = DefinitionOrigin.standard(Optional.empty(), Path.of(""));
 * List<DefinitionSource> sources = origin.read();
 * }</pre>
 */
public sealed interface DefinitionOrigin {

    /** The folder looked for in the working directory when nothing else is configured. */
    String LOCAL_FOLDER = "definitions";

    /** Reads every definition file, sorted by location. */
    List<DefinitionSource> read();

    /** Where the files come from, for messages: {@code folder /srv/definitions} or {@code built-in apps}. */
    String describe();

    /**
     * The origin the server and {@code validate} use by default: {@code configured} if given, else
     * {@code definitions} in {@code workingDirectory} if it exists, else the built-in apps.
     */
    static DefinitionOrigin standard(Optional<Path> configured, Path workingDirectory) {
        if (configured.isPresent()) {
            return new Folders(List.of(configured.get()));
        }
        Path local = workingDirectory.resolve(LOCAL_FOLDER);
        return Files.isDirectory(local) ? new Folders(List.of(local)) : new BuiltIn();
    }

    /** Definition folders on disk; files are named relative to each folder's parent. */
    record Folders(List<Path> folders) implements DefinitionOrigin {

        public Folders {
            folders = List.copyOf(folders);
        }

        /** The folders that do not exist (or are not folders). */
        public List<Path> missing() {
            return folders.stream().filter(folder -> !Files.isDirectory(folder)).toList();
        }

        @Override
        public List<DefinitionSource> read() {
            return DefinitionFiles.read(folders);
        }

        @Override
        public String describe() {
            return (folders.size() == 1 ? "folder " : "folders ")
                    + String.join(", ", folders.stream().map(f -> f.toAbsolutePath().normalize().toString()).toList());
        }
    }

    /** The built-in apps, on the classpath under {@code daftar/definitions/}. */
    record BuiltIn() implements DefinitionOrigin {

        @Override
        public List<DefinitionSource> read() {
            return BuiltInDefinitions.read(BuiltIn.class.getClassLoader());
        }

        @Override
        public String describe() {
            return "built-in apps (classpath " + BuiltInDefinitions.ROOT + ")";
        }
    }
}
