package org.daftar.bench;

import java.util.ArrayList;
import java.util.List;
import org.daftar.model.entity.CustomFieldType;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;
import org.daftar.plugin.Plugins;

/**
 * {@code definitions}: load, validate and link 500 generated entities of 40 fields (10 apps of 50,
 * each entity with a form and a list). {@code definitions_load_ms} is the median of warm runs, as
 * when an admin publishes a change to a running server; {@code definitions_first_load_ms} is the
 * first run of a fresh JVM, schemas compiled included, as at start-up.
 */
final class DefinitionsBenchmark implements Benchmark {

    private static final int APPS = 10;
    private static final int ENTITIES_PER_APP = 50;
    private static final int FIELDS = 40;
    private static final int WARM_RUNS = 5;

    @Override
    public String name() {
        return "definitions";
    }

    @Override
    public String description() {
        return "load + validate + link 500 generated entities x 40 fields";
    }

    @Override
    public List<Figure> run(List<String> args) {
        List<DefinitionSource> sources = GeneratedDefinitions.generate(APPS, ENTITIES_PER_APP, FIELDS);
        List<CustomFieldType> plugins = Plugins.load().fieldTypes();

        long start = System.nanoTime();
        DefinitionLoader loader = new DefinitionLoader(plugins);
        LoadResult first = loader.load(sources);
        double firstMs = Measures.millisSince(start);
        if (!first.ok()) {
            throw new IllegalStateException("The generated definitions have problems, first: " + first.problems().getFirst());
        }
        List<Double> warm = new ArrayList<>();
        for (int run = 0; run < WARM_RUNS + 2; run++) {
            long runStart = System.nanoTime();
            loader.load(sources);
            if (run >= 2) {
                warm.add(Measures.millisSince(runStart));
            }
        }
        return List.of(
                new Figure("definitions_entities", first.definitions().entityCount(), ""),
                new Figure("definitions_files", sources.size(), ""),
                new Figure("definitions_first_load_ms", firstMs, "ms"),
                new Figure("definitions_load_ms", Measures.median(warm), "ms"));
    }
}
