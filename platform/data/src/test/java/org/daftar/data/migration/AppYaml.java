package org.daftar.data.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.daftar.data.migration.desired.DesiredSchema;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;

/**
 * Definitions written in a test: one app and its entities as YAML (without {@code kind: entity}),
 * loaded and checked as the server would.
 *
 * <pre>{@code
 * DesiredSchema v1 = AppYaml.app("support", """
 *         id: ticket
 *         fields:
 *           - {id: title, type: text, required: true}
 *         """);
 * }</pre>
 */
final class AppYaml {

    private static final Pattern ID = Pattern.compile("(?m)^id: *([a-z0-9_]+)");
    private static final Pattern KIND = Pattern.compile("(?m)^kind: *([a-z]+)");

    private AppYaml() {}

    static DesiredSchema app(String appId, String... entities) {
        return app(appId, List.of(), entities);
    }

    /**
     * With further documents (lists, roles), each written with its {@code kind:} and {@code id:}
     * lines, stored where the loader looks for it: {@code APP/KINDs/ID.yaml}.
     */
    static DesiredSchema app(String appId, List<String> documents, String... entities) {
        List<DefinitionSource> sources = new ArrayList<>();
        for (String document : documents) {
            Matcher kind = KIND.matcher(document);
            Matcher id = ID.matcher(document);
            if (!kind.find() || !id.find()) {
                throw new IllegalArgumentException("A document needs a kind and an id: " + document);
            }
            sources.add(new DefinitionSource(appId + "/" + kind.group(1) + "s/" + id.group(1) + ".yaml", document));
        }
        List<String> ids = new ArrayList<>();
        for (String entity : entities) {
            Matcher id = ID.matcher(entity);
            if (!id.find()) {
                throw new IllegalArgumentException("An entity needs an id: " + entity);
            }
            ids.add(id.group(1));
            sources.add(new DefinitionSource(appId + "/entities/" + id.group(1) + ".yaml", "kind: entity\n" + entity));
        }
        sources.add(new DefinitionSource(appId + "/app.yaml",
                "kind: app\nid: " + appId + "\nlabel: " + appId + "\nentities: [" + String.join(", ", ids) + "]\n"));
        DefinitionLoader loader = new DefinitionLoader(List.of());
        LoadResult result = loader.load(sources);
        if (!result.ok()) {
            throw new IllegalArgumentException("The test's definitions have problems: " + result.problems());
        }
        return DesiredSchema.of(result.definitions(), loader.fieldTypes());
    }
}
