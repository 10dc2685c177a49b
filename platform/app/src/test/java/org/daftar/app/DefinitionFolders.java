package org.daftar.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of definition folders that a test may change, under {@code target/}. */
public final class DefinitionFolders {

    private DefinitionFolders() {
    }

    /** A copy of {@code source} (its files keep their names relative to the copy). */
    public static Path copyOf(Path source) {
        try {
            Path copy = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "definitions-")
                    .resolve(source.getFileName().toString());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path to = copy.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to);
                    }
                }
            }
            return copy.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes the field {@code unit_price} from the shop fixture's product (a copy of
     * {@link Fixtures#VALID}), and from the form and list that name it.
     */
    public static void removeUnitPrice(Path valid) {
        edit(valid.resolve("shop/entities/product.yaml"),
                "  - {id: unit_price, type: money, currency: SAR, min: 0, label: {en: Unit price, ar: سعر الوحدة}}\n", "");
        edit(valid.resolve("shop/forms/product.yaml"), "supplier, unit_price, active", "supplier, active");
        edit(valid.resolve("shop/lists/products.yaml"), "supplier.name, unit_price]", "supplier.name]");
    }

    /** Replaces {@code from} by {@code to} in a file of a copy; fails when {@code from} is not there. */
    public static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " has no '" + from + "'");
            }
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
