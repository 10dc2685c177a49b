package org.daftar.app.plugins;

import org.daftar.plugin.Plugins;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the plugins once, refusing to start when two of them conflict. */
@Configuration(proxyBeanMethods = false)
public class PluginsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(PluginsConfiguration.class);

    @Bean
    Plugins plugins() {
        Plugins plugins = Plugins.load();
        LOG.info("Plugins: {}", plugins.plugins().isEmpty() ? "none" : plugins);
        return plugins;
    }
}
