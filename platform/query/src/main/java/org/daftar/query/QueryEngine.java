package org.daftar.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.daftar.query.compile.CompiledQuery;
import org.daftar.query.compile.QueryCompiler;
import org.daftar.query.compile.ShapeCache;
import org.daftar.query.compile.Shapes;
import org.daftar.query.compile.WarmUp;
import org.daftar.query.model.Query;
import org.daftar.query.schema.Catalog;
import org.daftar.query.schema.ReadableSchema;

/**
 * Runs queries in PostgreSQL: each query is compiled once per shape to one SQL statement (cached),
 * then run with its values bound. Nothing is computed in memory.
 *
 * <pre>{@code
 * QueryEngine engine = new QueryEngine(dataSource, new Catalog(definitions, fieldTypes));
 * ReadableSchema readable = ReadableSchema.everything(catalog);   // or the user's policy
 * Result page = engine.run(Query.from("shop.sales_order").select("number", "customer.name")
 *         .orderBy(Sort.desc("order_date")).limit(50), readable, Map.of());
 * Result next = engine.run(query.after(page.lastKey()), readable, Map.of());
 * String sql = engine.sql(query, readable, Map.of());             // for admins
 * List<String> plan = engine.explain(query, readable, Map.of());  // PostgreSQL's EXPLAIN
 * }</pre>
 */
public final class QueryEngine {

    private final DataSource dataSource;
    private final QueryCompiler compiler;
    private final Catalog catalog;
    private final ShapeCache<CompiledQuery> cache = new ShapeCache<>(2_000);
    private final Clock clock;

    public QueryEngine(DataSource dataSource, Catalog catalog) {
        this(dataSource, catalog, Clock.systemDefaultZone());
    }

    /** With a clock for relative periods (this-month, last-30-days). */
    public QueryEngine(DataSource dataSource, Catalog catalog, Clock clock) {
        this.dataSource = dataSource;
        this.compiler = new QueryCompiler(catalog);
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Runs a query and returns all its rows (lists should give a limit). */
    public Result run(Query query, ReadableSchema readable, Map<String, Object> params) {
        try (Connection connection = dataSource.getConnection()) {
            return run(connection, query, readable, params);
        } catch (SQLException e) {
            throw failed(query, e);
        }
    }

    /**
     * Runs a query on the caller's connection, inside its transaction: what a write sees before it
     * commits (the policy engine checks a record it is saving this way).
     */
    public Result run(Connection connection, Query query, ReadableSchema readable, Map<String, Object> params) {
        Prepared prepared = prepare(query, readable, params);
        List<List<Object>> rows = new ArrayList<>();
        List<List<Object>> keys = new ArrayList<>();
        try (PreparedStatement statement = Statements.prepare(connection, prepared.compiled().sql(), prepared.values());
                ResultSet results = statement.executeQuery()) {
            int visible = prepared.compiled().columns().size();
            String[] types = Statements.typeNames(results);
            while (results.next()) {
                List<Object> row = new ArrayList<>(visible);
                for (int i = 1; i <= visible; i++) {
                    row.add(Statements.value(results, i, types[i]));
                }
                rows.add(row);
                List<Object> key = new ArrayList<>();
                for (int column : prepared.compiled().keyColumns()) {
                    key.add(Statements.value(results, column + 1, types[column + 1]));
                }
                keys.add(key);
            }
        } catch (SQLException e) {
            throw failed(query, e);
        }
        return new Result(prepared.compiled().columns(), rows, keys);
    }

    /**
     * Streams every row of a query to {@code sink}, fetching {@code fetchSize} rows at a time on a
     * read-only transaction: memory stays constant however many rows there are.
     */
    public long stream(Query query, ReadableSchema readable, Map<String, Object> params, int fetchSize, RowSink sink) {
        Prepared prepared = prepare(query, readable, params);
        return Streams.run(dataSource, prepared.compiled().sql(), prepared.values(), prepared.compiled().columns(),
                fetchSize, sink);
    }

    /** The PostgreSQL statement a query compiles to, with {@code ?} for its values. */
    public String sql(Query query, ReadableSchema readable, Map<String, Object> params) {
        return prepare(query, readable, params).compiled().sql();
    }

    /** PostgreSQL's plan for a query ({@code EXPLAIN}), one line per element. */
    public List<String> explain(Query query, ReadableSchema readable, Map<String, Object> params) {
        Prepared prepared = prepare(query, readable, params);
        List<String> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = Statements.prepare(connection, "explain " + prepared.compiled().sql(),
                        prepared.values());
                ResultSet results = statement.executeQuery()) {
            while (results.next()) {
                lines.add(results.getString(1));
            }
        } catch (SQLException e) {
            throw failed(query, e);
        }
        return lines;
    }

    /**
     * About how many rows the query gives, without its page (limit, offset, page key), from
     * PostgreSQL's statistics ({@code EXPLAIN}): what a list shows instead of counting every row
     * of a large table. Cheap whatever the table's size; exact only after {@code ANALYZE}.
     */
    public long estimateRows(Query query, ReadableSchema readable, Map<String, Object> params) {
        Prepared prepared = prepare(query.limit(null).offset(null).after(null), readable, params);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = Statements.prepare(connection, "explain (format json) "
                        + prepared.compiled().sql(), prepared.values());
                ResultSet results = statement.executeQuery()) {
            return results.next() ? PlanRows.of(results.getString(1)) : 0;
        } catch (SQLException e) {
            throw failed(query, e);
        }
    }

    /**
     * Exactly how many rows the query gives without its page: {@code count(*)} over its filters,
     * for when a person asks for the exact number (lists open with {@link #estimateRows}).
     */
    public long countRows(Query query, ReadableSchema readable, Map<String, Object> params) {
        if (query.isGrouped()) {
            throw new QueryException("Count the rows of a list, not of a grouped query");
        }
        Query count = Query.from(query.source()).compute(query.computed().toArray(org.daftar.query.model.Computed[]::new))
                .where(query.filter()).measure(org.daftar.query.model.Measure.count("rows"));
        List<List<Object>> rows = run(count, readable, params).rows();
        return rows.isEmpty() ? 0 : ((Number) rows.getFirst().getFirst()).longValue();
    }

    /**
     * Compiles a few queries of every kind so that the JIT has compiled Calcite before the first
     * user's new query shape: call it once when a server starts. Returns how many it compiled.
     */
    public int warmUp() {
        return WarmUp.run(compiler, catalog);
    }

    /** How many query shapes are compiled and cached. */
    public int cachedShapes() {
        return cache.size();
    }

    private record Prepared(CompiledQuery compiled, List<Object> values) {}

    private Prepared prepare(Query query, ReadableSchema readable, Map<String, Object> params) {
        Shapes.Split split = Shapes.split(readable, query, params, LocalDate.now(clock));
        CompiledQuery compiled = cache.get(split.key(), key -> compiler.compile(split.readable(), split.query()));
        return new Prepared(compiled, compiled.bind(split.values()));
    }

    private static QueryException failed(Query query, SQLException e) {
        return new QueryException("The query over " + query.source() + " failed in the database: " + e.getMessage(), e);
    }
}
