package org.daftar.app.database;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/** Whether Daftar uses a configured PostgreSQL server or starts its own embedded one. */
public enum DatabaseMode {
    /** {@code spring.datasource.url} is set: use that server. */
    EXTERNAL,
    /** Nothing configured: start PostgreSQL from embedded binaries. */
    EMBEDDED;

    public static final String URL_PROPERTY = "spring.datasource.url";

    public static DatabaseMode of(Environment environment) {
        return StringUtils.hasText(environment.getProperty(URL_PROPERTY)) ? EXTERNAL : EMBEDDED;
    }
}
