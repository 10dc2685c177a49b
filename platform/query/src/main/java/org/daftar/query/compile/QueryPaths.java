package org.daftar.query.compile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.daftar.query.model.Filter;
import org.daftar.query.model.Query;
import org.daftar.query.model.Sort;
import org.daftar.query.schema.EntityTable;

/** The field paths a query reads, and what they allow. */
final class QueryPaths {

    private QueryPaths() {}

    static List<String> joinedPaths(Query query) {
        List<String> all = new ArrayList<>(query.columns());
        query.sort().forEach(s -> all.add(s.field()));
        query.computed().forEach(c -> ExpressionRex.pathsOf(c.expression(), all));
        query.groupBy().forEach(g -> all.add(g.field()));
        if (query.isGrouped()) {
            all.removeAll(query.sort().stream().map(Sort::field).toList());
        }
        return all;
    }

    static void filterPaths(Filter filter, List<String> into) {
        switch (filter) {
            case Filter.All all -> all.filters().forEach(f -> filterPaths(f, into));
            case Filter.Any any -> any.filters().forEach(f -> filterPaths(f, into));
            case Filter.Compare c -> into.add(c.field());
            case Filter.Expr e -> {
                List<String> read = new ArrayList<>();
                ExpressionRex.pathsOf(e.condition(), read);
                read.stream().filter(path -> !e.binds(path)).forEach(into::add);
            }
        }
    }

    /**
     * True when a page of a list can be chosen from the source alone, and its references joined
     * after: filters, sort keys and computed columns read only the source's own columns (or its
     * lines, through a subquery), no column fans out along lines, and there is a limit. PostgreSQL
     * then reads a page by an index and joins a page's worth of references.
     */
    static boolean joinsLate(Query query, PathResolver paths, EntityTable source) {
        if (query.isGrouped() || query.limit() == null) {
            return false;
        }
        Set<String> computedNames = new LinkedHashSet<>();
        query.computed().forEach(c -> computedNames.add(c.as()));
        List<String> own = new ArrayList<>();
        query.sort().forEach(s -> own.add(s.field()));
        query.computed().forEach(c -> ExpressionRex.pathsOf(c.expression(), own));
        List<String> filtered = new ArrayList<>();
        filterPaths(query.filter(), filtered);
        for (String path : own) {
            if (!computedNames.contains(path) && !paths.resolve(source, path).joinKey().isEmpty()) {
                return false;
            }
        }
        for (String path : filtered) {
            if (!computedNames.contains(path) && !paths.resolve(source, path).joinKey().isEmpty()
                    && !paths.resolve(source, path).lines()) {
                return false;
            }
        }
        return query.columns().stream().noneMatch(c -> !computedNames.contains(c) && paths.resolve(source, c).lines());
    }
}
