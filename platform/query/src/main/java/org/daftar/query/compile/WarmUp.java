package org.daftar.query.compile;

import java.util.ArrayList;
import java.util.List;
import org.daftar.model.report.Operator;
import org.daftar.query.model.Filter;
import org.daftar.query.model.Group;
import org.daftar.query.model.Measure;
import org.daftar.query.model.Query;
import org.daftar.query.model.Sort;
import org.daftar.query.schema.Catalog;
import org.daftar.query.schema.EntityTable;
import org.daftar.query.schema.QueryField;
import org.daftar.query.schema.ReadableSchema;

/**
 * Compiles a few queries of every kind over the catalog's entities when a server starts, so that
 * Calcite's code is compiled by the JIT before the first user waits for a new query shape (the
 * first compilations in a cold JVM take tens of milliseconds each; warm ones a few).
 */
public final class WarmUp {

    private static final int ENTITIES = 12;

    private WarmUp() {}

    /** Compiles the warm-up queries; returns how many there were. */
    public static int run(QueryCompiler compiler, Catalog catalog) {
        ReadableSchema everything = ReadableSchema.everything(catalog);
        int compiled = 0;
        for (Query query : queries(catalog)) {
            compiler.compile(everything, query);
            compiled++;
        }
        return compiled;
    }

    static List<Query> queries(Catalog catalog) {
        List<Query> queries = new ArrayList<>();
        catalog.entities().values().stream().limit(ENTITIES).forEach(table -> {
            List<String> values = table.fields().values().stream()
                    .filter(field -> field.kind() == QueryField.Kind.VALUE && !field.column().isSystem())
                    .map(QueryField::name).limit(4).toList();
            if (values.isEmpty()) {
                return;
            }
            String first = values.getFirst();
            Query list = Query.from(table.qualifiedId()).select(values.toArray(String[]::new))
                    .orderBy(Sort.asc(first)).limit(50);
            queries.add(list);
            queries.add(list.where(Filter.of(first, Operator.IS_NOT_EMPTY, null)));
            queries.add(Query.from(table.qualifiedId()).groupBy(Group.of(first)).measure(Measure.count("records")));
            referenceOf(table).ifPresent(reference -> queries.add(Query.from(table.qualifiedId())
                    .select(first, reference).orderBy(Sort.desc(first)).limit(50)));
        });
        return queries;
    }

    private static java.util.Optional<String> referenceOf(EntityTable table) {
        return table.fields().values().stream().filter(field -> field.kind() == QueryField.Kind.REFERENCE)
                .map(QueryField::name).findFirst();
    }
}
