package org.daftar.app.definitions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daftar.model.load.DefinitionFiles;
import org.daftar.model.load.DefinitionSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the built-in apps from the classpath ({@code daftar/definitions/**}, packaged by the
 * {@code definitions} module), naming each file relative to that root:
 * {@code inventory/entities/product.yaml}.
 */
final class BuiltInDefinitions {

    static final String ROOT = "daftar/definitions/";

    private BuiltInDefinitions() {
    }

    static List<DefinitionSource> read(ClassLoader classLoader) {
        var resolver = new PathMatchingResourcePatternResolver(classLoader);
        Map<String, DefinitionSource> byLocation = new LinkedHashMap<>();
        try {
            for (Resource resource : resolver.getResources("classpath*:" + ROOT + "**/*")) {
                String location = location(resource);
                if (location != null && resource.isReadable() && DefinitionFiles.isDefinitionFile(location)) {
                    byLocation.putIfAbsent(location, new DefinitionSource(location, text(resource)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the built-in definitions: " + e.getMessage(), e);
        }
        return byLocation.values().stream().sorted(Comparator.comparing(DefinitionSource::location)).toList();
    }

    private static String location(Resource resource) throws IOException {
        String url = resource.getURL().toString();
        int root = url.lastIndexOf(ROOT);
        return root < 0 || url.endsWith("/") ? null : url.substring(root + ROOT.length());
    }

    private static String text(Resource resource) throws IOException {
        return resource.getContentAsString(StandardCharsets.UTF_8);
    }
}
