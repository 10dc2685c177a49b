package org.daftar.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Data folders for test JVMs, under {@code target/}: a fresh one per JVM, and the folders of
 * earlier runs removed once their PostgreSQL has stopped (it removes {@code postmaster.pid}).
 */
final class TestDataFolders {

    private static final Path TARGET = Path.of("target");
    private static final String PREFIX = "test-data-";

    private TestDataFolders() {
    }

    static Path fresh() {
        try {
            Files.createDirectories(TARGET);
            removeStopped();
            return Files.createTempDirectory(TARGET, PREFIX).toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void removeStopped() throws IOException {
        try (Stream<Path> folders = Files.list(TARGET)) {
            folders.filter(folder -> folder.getFileName().toString().startsWith(PREFIX))
                    .filter(folder -> !Files.exists(folder.resolve("postgres/postmaster.pid")))
                    .forEach(TestDataFolders::delete);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a folder left behind costs only disk space
        }
    }
}
