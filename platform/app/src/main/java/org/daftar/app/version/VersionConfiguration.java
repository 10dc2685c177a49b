package org.daftar.app.version;

import org.daftar.app.definitions.LoadedDefinitions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Records the loaded definitions at start-up and exposes their version. */
@Configuration(proxyBeanMethods = false)
public class VersionConfiguration {

    @Bean
    LoadedVersion loadedVersion(LoadedDefinitions loaded, DefinitionVersionRecorder recorder) {
        return recorder.record(loaded.checksum(), loaded.definitions());
    }
}
