package org.daftar.ui.list;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.daftar.query.Result;
import org.daftar.query.model.Query;

/**
 * Serves a grid's requests for rows {@code offset .. offset+limit} from pages of a fixed size read
 * with keyset pagination: each page is asked for as "after the last row of the page before", which
 * PostgreSQL answers with an index range scan however deep the page. The key each page starts after
 * is remembered, so scrolling back and forth costs one query per page; a page far past every known
 * key (a jump of the scroll bar to the middle of a big table) is read once by offset, and keyset
 * pages go on from there. A few pages are kept in memory.
 */
final class KeysetPager {

    /** How many pages past the last known key are walked by keyset before falling back to an offset. */
    static final int MAX_WALK = 4;
    private static final int CACHED_PAGES = 8;

    private final Function<Query, Result> runner;
    private final Query query;
    private final int pageSize;
    private final int columns;
    private final Map<Integer, List<Object>> startKeys = new HashMap<>();
    private final Map<Integer, List<ListRow>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<ListRow>> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private int offsetReads;

    /**
     * @param runner runs one query (the data gateway)
     * @param query the list's unpaged query, its columns first and then {@link ListQuery#VERSION}
     * @param columns how many of the query's columns are the list's
     */
    KeysetPager(Function<Query, Result> runner, Query query, int pageSize, int columns) {
        this.runner = runner;
        this.query = query;
        this.pageSize = pageSize;
        this.columns = columns;
        startKeys.put(0, List.of());
    }

    /** The rows from {@code offset}, at most {@code limit} (fewer at the end of the list). */
    List<ListRow> rows(int offset, int limit) {
        List<ListRow> rows = new ArrayList<>(limit);
        int position = offset;
        while (rows.size() < limit) {
            int pageIndex = position / pageSize;
            List<ListRow> page = page(pageIndex);
            int from = position - pageIndex * pageSize;
            if (from >= page.size()) {
                break;
            }
            int to = Math.min(page.size(), from + limit - rows.size());
            rows.addAll(page.subList(from, to));
            position += to - from;
            if (page.size() < pageSize) {
                break;
            }
        }
        return rows;
    }

    /** How many pages were read by offset (a jump far ahead) rather than by keyset. */
    int offsetReads() {
        return offsetReads;
    }

    private List<ListRow> page(int index) {
        List<ListRow> cached = pages.get(index);
        if (cached != null) {
            return cached;
        }
        int known = nearestKnownStart(index);
        if (index - known > MAX_WALK) {
            offsetReads++;
            return read(index, query.offset(index * pageSize));
        }
        for (int walk = known; walk < index; walk++) {
            if (!startKeys.containsKey(walk + 1)) {
                List<ListRow> walked = pages.containsKey(walk) ? pages.get(walk) : read(walk, afterKey(walk));
                if (walked.size() < pageSize) {
                    return List.of();
                }
            }
        }
        return read(index, afterKey(index));
    }

    private Query afterKey(int index) {
        List<Object> key = startKeys.get(index);
        return key.isEmpty() ? query : query.after(key);
    }

    private List<ListRow> read(int index, Query pageQuery) {
        Result result = runner.apply(pageQuery.limit(pageSize));
        List<ListRow> rows = new ArrayList<>(result.rows().size());
        Map<Object, Object> shared = new HashMap<>();
        for (int i = 0; i < result.rows().size(); i++) {
            List<Object> values = result.rows().get(i);
            List<Object> key = result.keys().get(i);
            Object[] shown = new Object[columns];
            for (int column = 0; column < columns; column++) {
                shown[column] = shared(values.get(column), shared);
            }
            rows.add(new ListRow(((Number) key.getLast()).longValue(), ((Number) values.get(columns)).intValue(),
                    java.util.Arrays.asList(shown)));
        }
        if (rows.size() == pageSize) {
            startKeys.put(index + 1, result.lastKey());
        }
        pages.put(index, rows);
        return rows;
    }

    /**
     * One object for equal values of a page: a status, a customer or a date repeated on many rows
     * is kept once while the page is cached, not once per row. Only immutable values are shared;
     * decimals are kept in their compact form.
     */
    private static Object shared(Object value, Map<Object, Object> shared) {
        if (value instanceof java.math.BigDecimal number && number.unscaledValue().bitLength() < 63) {
            // The driver's decimals carry a big integer inside; the same number fits a long without it.
            value = java.math.BigDecimal.valueOf(number.unscaledValue().longValue(), number.scale());
        }
        if (value instanceof String || value instanceof java.time.LocalDate || value instanceof java.time.LocalDateTime
                || value instanceof java.time.OffsetDateTime || value instanceof java.math.BigDecimal || value instanceof Long
                || value instanceof Integer || value instanceof Boolean) {
            Object known = shared.putIfAbsent(value, value);
            return known != null ? known : value;
        }
        return value;
    }

    private int nearestKnownStart(int index) {
        int known = 0;
        for (int start : startKeys.keySet()) {
            if (start <= index && start > known) {
                known = start;
            }
        }
        return known;
    }
}
