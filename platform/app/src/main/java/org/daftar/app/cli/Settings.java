package org.daftar.app.cli;

import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The settings a command reads as the server would, by property name: a Java system property
 * ({@code -Dspring.datasource.url=...}), else the environment variable Spring Boot maps to it
 * ({@code SPRING_DATASOURCE_URL}, {@code DAFTAR_DATA_DIR}).
 *
 * <pre>{@code
 * Settings.system().apply("spring.datasource.url");
 * Settings.of(Map.of("daftar.data-dir", "/tmp/data"));   // in tests
 * }</pre>
 */
public interface Settings extends UnaryOperator<String> {

    /** System properties, then environment variables. */
    static Settings system() {
        return name -> {
            String property = System.getProperty(name);
            if (property != null) {
                return property;
            }
            String variable = System.getenv(environmentName(name).replace("-", ""));
            return variable != null ? variable : System.getenv(environmentName(name).replace("-", "_"));
        };
    }

    /** Fixed values. */
    static Settings of(Map<String, String> values) {
        return values::get;
    }

    /**
     * {@code spring.datasource.url} becomes {@code SPRING_DATASOURCE_URL}; a {@code -} is kept, for
     * the caller to try both ways Spring Boot accepts ({@code DAFTAR_DATADIR}, {@code DAFTAR_DATA_DIR}).
     */
    private static String environmentName(String property) {
        return property.replace('.', '_').toUpperCase(Locale.ROOT);
    }
}
