package org.daftar.ui.list;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.daftar.model.list.ListDef;
import org.daftar.model.list.SortKey;
import org.daftar.model.report.Operator;
import org.daftar.query.model.Filter;
import org.daftar.query.model.Query;
import org.daftar.query.model.Sort;

/**
 * The query of a list in a state: the list's columns (and each row's version, for deletes), the
 * list's fixed condition, the user's filters and quick search, and the user's sort or else the
 * list's. Filters and sort keys on columns the user may not see are left out.
 *
 * @param columns the list's columns the user may see
 * @param filterable the fields the user may filter on: the list's filters, then its columns
 * @param quickSearch the text fields the quick search looks in
 * @param fixed the list's own condition ({@link Filter#NONE} when it has none)
 */
public record ListQuery(ListDef list, List<ListField> columns, List<ListField> filterable, List<ListField> quickSearch,
        Filter fixed) {

    /** The column holding each row's version, after the list's columns. */
    public static final String VERSION = "version";

    public ListQuery {
        columns = List.copyOf(columns);
        filterable = List.copyOf(filterable);
        quickSearch = List.copyOf(quickSearch);
    }

    /** Every row of the list in {@code state}, unpaged. */
    public Query query(ListState state) {
        Query query = Query.from(entity())
                .select(columns.stream().map(ListField::path).toArray(String[]::new))
                .select(VERSION);
        query = withConditions(query, state);
        return query.orderBy(sort(state).toArray(Sort[]::new));
    }

    /** The rows of {@code state} with only the columns shown (for exports), in the order shown. */
    public Query export(ListState state, List<ListField> shown) {
        Query query = Query.from(entity()).select(shown.stream().map(ListField::path).toArray(String[]::new));
        return withConditions(query, state).orderBy(sort(state).toArray(Sort[]::new));
    }

    /** {@code app.entity} of the list. */
    public String entity() {
        return entityOf(list);
    }

    /** {@code app.entity} of a list's entity. */
    public static String entityOf(ListDef list) {
        return list.entity().contains(".") ? list.entity() : list.appId() + "." + list.entity();
    }

    /** The sort in force: the user's keys on visible columns, or else the list's own. */
    public List<Sort> sort(ListState state) {
        Set<String> paths = columns.stream().map(ListField::path).collect(Collectors.toSet());
        List<Sort> chosen = state.sort().stream().filter(key -> paths.contains(key.field())).toList();
        if (!chosen.isEmpty()) {
            return chosen;
        }
        List<Sort> own = new ArrayList<>();
        for (SortKey key : list.sort()) {
            own.add(new Sort(key.field().path(), key.direction()));
        }
        return own;
    }

    private Query withConditions(Query query, ListState state) {
        Query filtered = query.where(fixed);
        Map<String, ListField> byPath = filterable.stream().collect(Collectors.toMap(ListField::path, f -> f, (a, b) -> a));
        for (var entry : state.filters().entrySet()) {
            ListField field = byPath.get(entry.getKey());
            if (field != null) {
                filtered = entry.getValue().toFilter(field).map(filtered::where).orElse(filtered);
            }
        }
        if (!state.search().isEmpty()) {
            filtered = quickSearch(quickSearch, state.search()).map(filtered::where).orElse(filtered);
        }
        return filtered;
    }

    /**
     * The quick search's condition: any of the text fields among {@code fields} contains
     * {@code text}, ignoring case; empty when none of them is text. The lists and the global search
     * of the shell find records the same way.
     */
    public static java.util.Optional<Filter> quickSearch(List<ListField> fields, String text) {
        List<Filter> any = fields.stream().filter(field -> field.kind() == ListField.Kind.TEXT)
                .map(field -> Filter.of(field.path(), Operator.CONTAINS, text)).toList();
        return any.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Filter.Any(any));
    }
}
