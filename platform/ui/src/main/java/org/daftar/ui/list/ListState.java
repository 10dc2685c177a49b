package org.daftar.ui.list;

import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daftar.query.model.Sort;

/**
 * What a user has done to a list: filters per column, sort, quick search and the columns shown.
 * It is the list's URL query, so a list can be bookmarked, shared and saved as a view, and the
 * browser's back button goes back to the previous state:
 *
 * <pre>{@code
 * ?sort=-order_date,number&q=ahmad&status=in:draft,confirmed&total=between:10,100&cols=number,status
 * }</pre>
 *
 * {@code sort} lists column paths, {@code -} first for descending; {@code q} is the quick search;
 * {@code cols} the columns shown, in order (all the list's columns when absent); any other
 * parameter is a column path and its {@link ColumnFilter}.
 *
 * @param filters each filtered column's path and its filter, in the order given
 * @param sort the sort keys; empty for the list's own sort
 * @param search the quick search text, or empty
 * @param columns the paths of the columns shown; empty for all
 */
public record ListState(Map<String, ColumnFilter> filters, List<Sort> sort, String search, List<String> columns) {

    static final String SORT = "sort";
    static final String SEARCH = "q";
    static final String COLUMNS = "cols";
    private static final Set<String> RESERVED = Set.of(SORT, SEARCH, COLUMNS);

    /** A list as it opens: no filters, the list's own sort and columns. */
    public static final ListState INITIAL = new ListState(Map.of(), List.of(), "", List.of());

    public ListState {
        filters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filters));
        sort = List.copyOf(sort);
        search = search == null ? "" : search.strip();
        columns = List.copyOf(columns);
    }

    public ListState withFilter(String path, ColumnFilter filter) {
        Map<String, ColumnFilter> changed = new LinkedHashMap<>(filters);
        if (filter == null) {
            changed.remove(path);
        } else {
            changed.put(path, filter);
        }
        return new ListState(changed, sort, search, columns);
    }

    public ListState withSort(List<Sort> keys) {
        return new ListState(filters, keys, search, columns);
    }

    public ListState withSearch(String text) {
        return new ListState(filters, sort, text, columns);
    }

    public ListState withColumns(List<String> shown) {
        return new ListState(filters, sort, search, shown);
    }

    /** The state as URL query parameters. */
    public QueryParameters toQueryParameters() {
        return new QueryParameters(parameters());
    }

    /**
     * The state as a query string without the {@code ?}, in a fixed order (sort, q, the filters,
     * cols) and readable: only what a URL cannot hold is escaped, so {@code :} and {@code ,} stay.
     * What the URL and a saved view keep.
     */
    public String toQueryString() {
        List<String> pairs = new ArrayList<>();
        parameters().forEach((name, values) -> pairs.add(escape(name) + "=" + escape(values.getFirst())));
        return String.join("&", pairs);
    }

    private static String escape(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20").replace("%3A", ":").replace("%2C", ",");
    }

    private Map<String, List<String>> parameters() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!sort.isEmpty()) {
            parameters.put(SORT, List.of(String.join(",", sort.stream().map(s -> (s.descending() ? "-" : "") + s.field()).toList())));
        }
        if (!search.isEmpty()) {
            parameters.put(SEARCH, List.of(search));
        }
        filters.forEach((path, filter) -> parameters.put(path, List.of(filter.token())));
        if (!columns.isEmpty()) {
            parameters.put(COLUMNS, List.of(String.join(",", columns)));
        }
        return parameters;
    }

    /** The state a URL's query describes; what it cannot read is left out. */
    public static ListState of(QueryParameters parameters) {
        Map<String, ColumnFilter> filters = new LinkedHashMap<>();
        parameters.getParameters().forEach((name, values) -> {
            if (!RESERVED.contains(name) && name.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*") && !values.isEmpty()) {
                ColumnFilter.parse(values.getFirst()).ifPresent(filter -> filters.put(name, filter));
            }
        });
        List<Sort> sort = new ArrayList<>();
        for (String key : parameters.getSingleParameter(SORT).map(ListState::split).orElse(List.of())) {
            sort.add(key.startsWith("-") ? Sort.desc(key.substring(1)) : Sort.asc(key));
        }
        return new ListState(filters, sort, parameters.getSingleParameter(SEARCH).orElse(""),
                parameters.getSingleParameter(COLUMNS).map(ListState::split).orElse(List.of()));
    }

    /** The state a query string describes (a saved view's). */
    public static ListState of(String queryString) {
        return of(QueryParameters.fromString(queryString == null ? "" : queryString));
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
