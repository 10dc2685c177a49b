package org.daftar.app.definitions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The themes on the classpath: each folder {@code META-INF/resources/themes/NAME/} holding a
 * {@code theme.css} (the {@code themes} module, or a plugin's jar). An app may only name these.
 */
public final class InstalledThemes {

    private static final String PATTERN = "classpath*:META-INF/resources/themes/*/theme.css";

    private InstalledThemes() {
    }

    public static Set<String> on(ClassLoader classLoader) {
        Set<String> names = new TreeSet<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver(classLoader).getResources(PATTERN)) {
                String url = resource.getURL().toString();
                String folder = url.substring(0, url.length() - "/theme.css".length());
                names.add(folder.substring(folder.lastIndexOf('/') + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the installed themes: " + e.getMessage(), e);
        }
        return names;
    }
}
