package org.daftar.app.definitions;

import java.nio.file.Path;
import org.daftar.app.config.DaftarProperties;
import org.daftar.plugin.Plugins;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the definitions once at start-up — from {@code daftar.definitions.dir} if set, else
 * {@code ./definitions} if it exists, else the built-in apps — and refuses to start when they have
 * problems. Which definitions the server then runs on is the start-up rule's choice
 * ({@link org.daftar.app.live.LiveDefinitionsConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
public class DefinitionsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(DefinitionsConfiguration.class);

    @Bean
    LoadedDefinitions loadedDefinitions(DaftarProperties properties, Plugins plugins) {
        DefinitionOrigin origin = DefinitionOrigin.standard(properties.definitions().folder(), Path.of(""));
        LoadedDefinitions loaded = new DefinitionsReader(plugins.fieldTypes()).read(origin);
        if (!loaded.ok()) {
            throw new InvalidDefinitionsException(loaded);
        }
        LOG.info("Definitions from {}: {} files. {}", origin.describe(), loaded.files(), loaded.summary());
        return loaded;
    }
}
