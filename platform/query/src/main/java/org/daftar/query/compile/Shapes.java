package org.daftar.query.compile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daftar.model.report.Operator;
import org.daftar.model.report.Period;
import org.daftar.query.QueryException;
import org.daftar.query.model.Filter;
import org.daftar.query.model.Param;
import org.daftar.query.model.Query;
import org.daftar.query.schema.ReadableSchema;

/**
 * Splits a query (and the row filters of its readable schema) into its shape and its values: every
 * value becomes a {@link Slot}, parameters are filled in, relative periods become two dates,
 * {@code contains} and {@code starts-with} become LIKE patterns. Two queries that differ only in
 * their values have equal shapes, so they share one compiled statement.
 */
public final class Shapes {

    /** A query's shape (the cache key) and the values of its slots, in slot order. */
    public record Split(ReadableSchema readable, Query query, List<Object> values) {
        public Object key() {
            return java.util.Arrays.asList(readable, query);
        }
    }

    private final List<Object> values = new ArrayList<>();
    private final Map<String, Object> params;
    private final LocalDate today;

    private Shapes(Map<String, Object> params, LocalDate today) {
        this.params = params;
        this.today = today;
    }

    public static Split split(ReadableSchema readable, Query query, Map<String, Object> params, LocalDate today) {
        Shapes shapes = new Shapes(params, today);
        Map<String, ReadableSchema.Access> entities = new LinkedHashMap<>();
        readable.entities().forEach((id, access) ->
                entities.put(id, new ReadableSchema.Access(access.fields(), shapes.filter(access.rows()))));
        Query shaped = new Query(query.source(), query.columns(), shapes.filter(query.filter()), query.computed(),
                query.groupBy(), query.measures(), shapes.filter(query.having()), query.sort(), query.limit(),
                query.offset(), query.after().stream().map(v -> v == null ? null : (Object) shapes.slot(v)).toList());
        return new Split(new ReadableSchema(entities), shaped, List.copyOf(shapes.values));
    }

    /** Splits only the row filters of a readable schema (for SQL mode). */
    public static Split split(ReadableSchema readable, LocalDate today) {
        Shapes shapes = new Shapes(Map.of(), today);
        Map<String, ReadableSchema.Access> entities = new LinkedHashMap<>();
        readable.entities().forEach((id, access) ->
                entities.put(id, new ReadableSchema.Access(access.fields(), shapes.filter(access.rows()))));
        return new Split(new ReadableSchema(entities), null, List.copyOf(shapes.values));
    }

    private Filter filter(Filter filter) {
        return switch (filter) {
            case Filter.All all -> new Filter.All(all.filters().stream().map(this::filter).toList());
            case Filter.Any any -> new Filter.Any(any.filters().stream().map(this::filter).toList());
            case Filter.Compare c -> new Filter.Compare(c.field(), c.op(), value(c));
            case Filter.Expr e -> new Filter.Expr(e.condition(), bound(e.names()));
        };
    }

    private Map<String, Object> bound(Map<String, Object> names) {
        Map<String, Object> bound = new LinkedHashMap<>();
        names.forEach((name, value) -> bound.put(name,
                value == null ? BoundName.EMPTY : new BoundName(slot(value), value.getClass())));
        return bound;
    }

    private Object value(Filter.Compare c) {
        if (c.op().isUnary()) {
            return null;
        }
        Object value = resolve(c.value(), c);
        return switch (c.op()) {
            case IN_PERIOD -> {
                if (!(value instanceof Period period)) {
                    throw new QueryException("'" + c.field() + " in-period' needs a period such as this-month or "
                            + "last-30-days, not '" + value + "'");
                }
                yield Periods.range(period, today).stream().map(this::slot).toList();
            }
            case IN, NOT_IN, BETWEEN -> list(c, value).stream().map(this::slot).toList();
            case CONTAINS -> slot("%" + escapeLike(text(c, value)) + "%");
            case STARTS_WITH -> slot(escapeLike(text(c, value)) + "%");
            default -> slot(single(c, value));
        };
    }

    private Object resolve(Object value, Filter.Compare c) {
        if (value instanceof Param param) {
            if (!params.containsKey(param.id()) || params.get(param.id()) == null) {
                throw new QueryException("The parameter '" + param.id() + "' (in the filter on '" + c.field()
                        + "') has no value: give it when running the query");
            }
            return params.get(param.id());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> resolve(v, c)).toList();
        }
        return value;
    }

    private static List<?> list(Filter.Compare c, Object value) {
        if (!(value instanceof List<?> list) || list.isEmpty() || list.contains(null)) {
            throw new QueryException("'" + c.field() + " " + c.op().token() + "' needs a list of values, e.g. [a, b]");
        }
        if (c.op() == Operator.BETWEEN && list.size() != 2) {
            throw new QueryException("'" + c.field() + " between' needs two values: [from, to]");
        }
        return list;
    }

    private static Object single(Filter.Compare c, Object value) {
        if (value == null || value instanceof List<?>) {
            throw new QueryException("'" + c.field() + " " + c.op().token() + "' needs one value"
                    + (value == null ? ": to find empty values, use is-empty" : ", not a list"));
        }
        return value;
    }

    private static String text(Filter.Compare c, Object value) {
        if (!(value instanceof String text)) {
            throw new QueryException("'" + c.field() + " " + c.op().token() + "' needs a text, not '" + value + "'");
        }
        return text;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private Slot slot(Object value) {
        values.add(value);
        return new Slot(values.size() - 1);
    }
}
