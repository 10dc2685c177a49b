package org.daftar.data.record.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The record service's Flyway migration, to run as it is on a test database. */
final class PlatformTables {

    private PlatformTables() {}

    static String script() {
        try (InputStream in = PlatformTables.class.getResourceAsStream("/db/migration/V2__records.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
