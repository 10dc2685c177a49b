package org.daftar.app.version;

import java.time.Instant;

/**
 * The version of the definitions in force: its number (the row id) and when it was loaded.
 *
 * @param number the version number, from 1
 * @param loadedAt when these definitions were (last) loaded
 * @param checksum the SHA-256 of the definition files
 */
public record LoadedVersion(long number, Instant loadedAt, String checksum) {

    static LoadedVersion of(DefinitionVersion row) {
        return new LoadedVersion(row.getId(), row.getLoadedAt(), row.getChecksum());
    }
}
