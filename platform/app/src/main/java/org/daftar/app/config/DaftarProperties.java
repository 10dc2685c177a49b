package org.daftar.app.config;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Daftar's settings.
 *
 * @param dataDir where Daftar keeps its files, the embedded database among them
 *     ({@code daftar.data-dir}, env {@code DAFTAR_DATA_DIR}; default {@code data}, relative to the
 *     working directory)
 * @param definitions where the definitions are read from
 */
@ConfigurationProperties("daftar")
public record DaftarProperties(@DefaultValue("data") Path dataDir, @DefaultValue DefinitionsFolder definitions) {

    /** The data folder as an absolute path. */
    public Path absoluteDataDir() {
        return dataDir.toAbsolutePath().normalize();
    }

    /**
     * Where definitions are read from.
     *
     * @param dir a folder of definitions ({@code daftar.definitions.dir}, env
     *     {@code DAFTAR_DEFINITIONS_DIR}); when unset, {@code ./definitions} if it exists, else the
     *     built-in apps
     * @param watch in development, watch the folder and publish every change
     *     ({@code daftar.definitions.watch}, default false)
     */
    public record DefinitionsFolder(Path dir, @DefaultValue("false") boolean watch) {

        public Optional<Path> folder() {
            return Optional.ofNullable(dir);
        }
    }
}
