package org.daftar.data.record.sample;

import java.nio.file.Path;

/** The repository's {@code definitions/} folder: the built-in apps. */
final class BuiltInApps {

    private BuiltInApps() {}

    static Path folder() {
        String root = System.getProperty("daftar.repository.root");
        return (root != null ? Path.of(root) : Path.of("../..").toAbsolutePath().normalize()).resolve("definitions");
    }
}
