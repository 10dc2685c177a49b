package org.daftar.app;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The definition folders the tests load, from {@code src/test/resources/fixtures/}. */
public final class Fixtures {

    /** Two valid apps: {@code shop} (YAML; product, supplier, a form, a list) and {@code notes} (JSON). */
    public static final Path VALID = folder("valid");

    /** One app with an unknown key and a named entity that has no file. */
    public static final Path BROKEN = folder("broken");

    private Fixtures() {
    }

    /** The repository's root, set by surefire as {@code daftar.repository.root}. */
    public static Path repositoryRoot() {
        String root = System.getProperty("daftar.repository.root");
        return root != null ? Path.of(root) : Path.of("../..").toAbsolutePath().normalize();
    }

    private static Path folder(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
