package org.daftar.app.web;

import org.daftar.app.config.DaftarProperties;
import org.daftar.app.database.DatabaseMode;
import org.daftar.ui.runtime.RuntimeHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says, once Daftar is ready, where it runs and where its data is:
 * {@code Daftar is running at http://localhost:8080/ — 9 apps loaded (data in /srv/daftar/data)}.
 */
@Component
public class StartupMessage {

    private static final Logger LOG = LoggerFactory.getLogger(StartupMessage.class);

    private final Environment environment;
    private final DaftarProperties properties;
    private final RuntimeHolder runtime;

    public StartupMessage(Environment environment, DaftarProperties properties, RuntimeHolder runtime) {
        this.environment = environment;
        this.properties = properties;
        this.runtime = runtime;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ready() {
        LOG.info(text());
    }

    /** The message, or {@code Daftar is ready} when no web server runs (in tests). */
    String text() {
        String port = environment.getProperty("local.server.port");
        int apps = runtime.current().definitions().apps().size();
        String loaded = apps + (apps == 1 ? " app" : " apps") + " loaded (data in " + dataLocation() + ")";
        if (port == null) {
            return "Daftar is ready — " + loaded;
        }
        String path = environment.getProperty("server.servlet.context-path", "");
        return "Daftar is running at http://localhost:" + port + path + "/ — " + loaded;
    }

    private String dataLocation() {
        if (DatabaseMode.of(environment) == DatabaseMode.EXTERNAL) {
            String url = environment.getProperty(DatabaseMode.URL_PROPERTY, "");
            return url.contains("?") ? url.substring(0, url.indexOf('?')) : url; // parameters may hold a password
        }
        return properties.absoluteDataDir().toString();
    }
}
