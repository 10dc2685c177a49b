package org.daftar.query.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What to read: rows of a source entity ({@code app.entity}), either listed ({@code columns}) or
 * grouped ({@code groupBy} and {@code measures}). Immutable; each {@code with}-style method returns
 * a changed copy.
 *
 * <pre>{@code
 * Query page = Query.from("shop.sales_order")
 *         .select("number", "customer.name", "order_date", "total")
 *         .where(Filter.of("order_date", Operator.IN_PERIOD, Period.THIS_YEAR))
 *         .orderBy(Sort.desc("order_date"))
 *         .limit(50);
 * Query next = page.after(result.lastKey());   // keyset pagination
 *
 * Query report = Query.from("shop.sales_order")
 *         .groupBy(Group.of("order_date", Bucket.MONTH, "month"))
 *         .measure(Measure.of("revenue", Aggregate.SUM, "total"))
 *         .having(Filter.of("revenue", Operator.GT, 0))
 *         .orderBy(Sort.asc("month"));
 * }</pre>
 *
 * @param source the entity, {@code app.entity}
 * @param columns field paths of a list: {@code name}, {@code customer.name}, {@code lines.quantity}
 *     (one row per line), or names of computed columns
 * @param filter which rows, before grouping
 * @param computed columns computed per row, before grouping
 * @param having which groups, over group and measure names
 * @param limit at most this many rows ({@code null}: all)
 * @param offset rows skipped ({@code null}: none)
 * @param after keyset pagination: the sort-key values of the last row already shown (see
 *     {@code Result.lastKey()}), or empty
 */
public record Query(
        String source,
        List<String> columns,
        Filter filter,
        List<Computed> computed,
        List<Group> groupBy,
        List<Measure> measures,
        Filter having,
        List<Sort> sort,
        Integer limit,
        Integer offset,
        List<Object> after) {

    public Query {
        columns = List.copyOf(columns);
        filter = filter == null ? Filter.NONE : filter;
        computed = List.copyOf(computed);
        groupBy = List.copyOf(groupBy);
        measures = List.copyOf(measures);
        having = having == null ? Filter.NONE : having;
        sort = List.copyOf(sort);
        after = after == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(after));
    }

    /** An empty query over {@code app.entity}: add columns or groups. */
    public static Query from(String source) {
        return new Query(source, List.of(), Filter.NONE, List.of(), List.of(), List.of(), Filter.NONE, List.of(), null,
                null, List.of());
    }

    /** True when the query groups rows. */
    public boolean isGrouped() {
        return !groupBy.isEmpty() || !measures.isEmpty();
    }

    public Query select(String... paths) {
        return new Query(source, plus(columns, paths), filter, computed, groupBy, measures, having, sort, limit, offset,
                after);
    }

    /** Adds a condition (and-ed with those already given). */
    public Query where(Filter condition) {
        return new Query(source, columns, and(filter, condition), computed, groupBy, measures, having, sort, limit, offset,
                after);
    }

    public Query compute(Computed... columnsComputed) {
        return new Query(source, columns, filter, plus(computed, columnsComputed), groupBy, measures, having, sort, limit,
                offset, after);
    }

    public Query groupBy(Group... groups) {
        return new Query(source, columns, filter, computed, plus(groupBy, groups), measures, having, sort, limit, offset,
                after);
    }

    public Query measure(Measure... aggregates) {
        return new Query(source, columns, filter, computed, groupBy, plus(measures, aggregates), having, sort, limit,
                offset, after);
    }

    public Query having(Filter condition) {
        return new Query(source, columns, filter, computed, groupBy, measures, and(having, condition), sort, limit, offset,
                after);
    }

    public Query orderBy(Sort... keys) {
        return new Query(source, columns, filter, computed, groupBy, measures, having, plus(sort, keys), limit, offset,
                after);
    }

    public Query limit(Integer rows) {
        return new Query(source, columns, filter, computed, groupBy, measures, having, sort, rows, offset, after);
    }

    public Query offset(Integer rows) {
        return new Query(source, columns, filter, computed, groupBy, measures, having, sort, limit, rows, after);
    }

    /** The next page after the row whose sort key is {@code lastKey} ({@code Result.lastKey()}). */
    public Query after(List<Object> lastKey) {
        return new Query(source, columns, filter, computed, groupBy, measures, having, sort, limit, offset, lastKey);
    }

    private static Filter and(Filter existing, Filter added) {
        if (existing instanceof Filter.All all && all.filters().isEmpty()) {
            return added;
        }
        return Filter.all(existing, added);
    }

    @SafeVarargs
    private static <T> List<T> plus(List<T> list, T... more) {
        List<T> all = new ArrayList<>(list);
        all.addAll(Arrays.asList(more));
        return all;
    }
}
