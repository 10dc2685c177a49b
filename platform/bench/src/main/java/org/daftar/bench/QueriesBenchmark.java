package org.daftar.bench;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.daftar.data.schema.Ddl;
import org.daftar.data.schema.TableSpec;
import org.daftar.data.schema.TableSpecs;
import org.daftar.model.Definitions;
import org.daftar.model.link.FieldTypes;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;
import org.daftar.model.report.GroupDef.Bucket;
import org.daftar.model.report.MeasureDef.Aggregate;
import org.daftar.query.QueryEngine;
import org.daftar.query.Result;
import org.daftar.query.export.CsvExport;
import org.daftar.query.model.Group;
import org.daftar.query.model.Measure;
import org.daftar.query.model.Query;
import org.daftar.query.model.Sort;
import org.daftar.query.schema.Catalog;
import org.daftar.query.schema.ReadableSchema;

/**
 * {@code queries --rows N}: an entity of N rows with 5 references, on a fresh embedded PostgreSQL,
 * read through the query engine: the first and a deep (keyset) page of a list, a page with five
 * reference names against the same page without, a group-by over every row against the same SQL
 * by plain JDBC, the first planning of a new query shape (after the engine's start-up warm-up), and a CSV export of every row
 * with its reference name, measuring the live heap after a tenth of the rows and at the end (equal
 * figures: constant memory). Times are medians of 11 runs after 10 warm-ups. {@code -Ddaftar.bench.explain=true} prints PostgreSQL's plan of the page with references.
 */
final class QueriesBenchmark implements Benchmark {

    private static final int EXPORT_FETCH_SIZE = 2_000;
    private static final int REFERENCED_ROWS = 1_000;
    private static final int RUNS = 11;
    private static final int WARM_UPS = 10;

    @Override
    public String name() {
        return "queries";
    }

    @Override
    public String description() {
        return "list pages, reference names and a report over N rows with 5 references (--rows N, default 1000000)";
    }

    @Override
    public List<Figure> run(List<String> args) throws Exception {
        int rows = Measures.option(args, "--rows", 1_000_000);
        Definitions definitions = definitions();
        try (BenchDatabase db = new BenchDatabase(4)) {
            long loadStart = System.nanoTime();
            fill(db, definitions, rows);
            double loadMs = Measures.millisSince(loadStart);
            Catalog catalog = new Catalog(definitions, new FieldTypes(List.of()));
            ReadableSchema all = ReadableSchema.everything(catalog);
            QueryEngine engine = new QueryEngine(db.dataSource(), catalog);

            engine.warmUp(); // as a server does when it starts
            Query fresh = Query.from("bench.item").select("title", "qty", "r3.name").orderBy(Sort.asc("qty")).limit(20);
            long planStart = System.nanoTime();
            engine.sql(fresh, all, Map.of());
            double planFirst = Measures.millisSince(planStart);

            Query list = Query.from("bench.item").select("title", "amount", "day", "status").orderBy(Sort.desc("day"))
                    .limit(100);
            double firstPage = median(() -> engine.run(list, all, Map.of()));
            List<Object> nearTheEnd = keyNearTheEnd(db, rows);
            double deepPage = median(() -> engine.run(list.after(nearTheEnd), all, Map.of()));
            Query withRefs = list.select("r1.name", "r2.name", "r3.name", "r4.name", "r5.name");
            if (Boolean.getBoolean("daftar.bench.explain")) {
                System.err.println(engine.sql(withRefs, all, Map.of()));
                explainAnalyze(db, engine.sql(withRefs, all, Map.of()));
            }
            double plain = median(() -> engine.run(list, all, Map.of()));
            double refs = median(() -> engine.run(withRefs, all, Map.of()));

            Query report = Query.from("bench.item").groupBy(Group.of("day", Bucket.MONTH, "month"), Group.of("status"))
                    .measure(Measure.of("amount", Aggregate.SUM, "amount"), Measure.count("items"))
                    .orderBy(Sort.asc("month"), Sort.asc("status"));
            engine.run(report, all, Map.of());
            String sql = engine.sql(report, all, Map.of());
            double[] reportAndRaw = interleavedMedians(() -> engine.run(report, all, Map.of()), () -> plainJdbc(db, sql));
            double reportMs = reportAndRaw[0];
            double rawMs = reportAndRaw[1];

            HeapSampler heap = new HeapSampler(rows);
            long exportStart = System.nanoTime();
            engine.stream(Query.from("bench.item").select("title", "amount", "day", "status", "r1.name"), all, Map.of(),
                    EXPORT_FETCH_SIZE, new CsvExport(OutputStream.nullOutputStream()).andThen(heap));
            double exportSeconds = Measures.millisSince(exportStart) / 1000;
            return List.of(
                    new Figure("queries_rows", rows, ""),
                    new Figure("queries_load_ms", loadMs, "ms"),
                    new Figure("list_first_page_ms", firstPage, "ms"),
                    new Figure("list_deep_page_ms", deepPage, "ms"),
                    new Figure("list_refs_ratio", refs / plain, ""),
                    new Figure("report_ms", reportMs, "ms"),
                    new Figure("report_raw_sql_ms", rawMs, "ms"),
                    new Figure("report_ratio", reportMs / rawMs, ""),
                    new Figure("plan_first_ms", planFirst, "ms"),
                    new Figure("export_rows", heap.rows(), ""),
                    new Figure("export_rows_per_s", heap.rows() / exportSeconds, "rows/s"),
                    new Figure("export_heap_at_10pct_mb", heap.earlyMb(), "MB"),
                    new Figure("export_heap_at_end_mb", heap.endMb(), "MB"));
        }
    }

    private static Definitions definitions() {
        List<DefinitionSource> sources = new ArrayList<>();
        sources.add(new DefinitionSource("bench/app.yaml", """
                kind: app
                id: bench
                label: {en: Bench, ar: قياس}
                entities: [ref1, ref2, ref3, ref4, ref5, item]
                """));
        for (int i = 1; i <= 5; i++) {
            sources.add(new DefinitionSource("bench/entities/ref" + i + ".yaml", """
                    kind: entity
                    id: ref%d
                    displayName: "{name}"
                    fields:
                      - {id: name, type: text, required: true}
                    """.formatted(i)));
        }
        sources.add(new DefinitionSource("bench/entities/item.yaml", """
                kind: entity
                id: item
                fields:
                  - {id: title, type: text, required: true}
                  - {id: amount, type: money, currency: SAR}
                  - {id: qty, type: integer}
                  - {id: day, type: date, required: true}
                  - {id: status, type: choice, options: [{value: open}, {value: done}, {value: late}]}
                  - {id: r1, type: reference, entity: ref1}
                  - {id: r2, type: reference, entity: ref2}
                  - {id: r3, type: reference, entity: ref3}
                  - {id: r4, type: reference, entity: ref4}
                  - {id: r5, type: reference, entity: ref5}
                """));
        sources.add(new DefinitionSource("bench/lists/items.yaml", """
                kind: list
                id: items
                entity: item
                columns: [title, amount, day, status]
                sort: [{field: day, direction: desc}]
                """));
        LoadResult result = new DefinitionLoader(List.of()).load(sources);
        if (!result.ok()) {
            throw new IllegalStateException("The benchmark's definitions have problems: " + result.problems());
        }
        return result.definitions();
    }

    /** Tables first, rows by generate_series, then keys and indexes, then statistics. */
    private static void fill(BenchDatabase db, Definitions definitions, int rows) throws Exception {
        List<TableSpec> tables = new TableSpecs(definitions, new FieldTypes(List.of())).all();
        db.execute(Ddl.createSchema("bench"));
        for (TableSpec table : tables) {
            db.execute(Ddl.createTable(table));
        }
        for (int i = 1; i <= 5; i++) {
            db.execute("insert into bench.ref" + i + " (created_by, name) select 'bench', 'مرجع ' || g || ' ref" + i
                    + "' from generate_series(1, " + REFERENCED_ROWS + ") g");
        }
        db.execute("""
                insert into bench.item (created_by, title, amount, qty, day, status, r1, r2, r3, r4, r5)
                select 'bench', 'بند رقم ' || g || ' item', (g %% 10000) / 100.0, g %% 97,
                       date '2020-01-01' + (g %% 2000), (array['open', 'done', 'late'])[1 + g %% 3],
                       1 + g %% %1$d, 1 + (g * 7) %% %1$d, 1 + (g * 13) %% %1$d, 1 + (g * 17) %% %1$d,
                       1 + (g * 31) %% %1$d
                from generate_series(1, %2$d) g""".formatted(REFERENCED_ROWS, rows));
        for (TableSpec table : tables) {
            for (String statement : Ddl.constraintsAndIndexes(table)) {
                db.execute(statement);
            }
        }
        db.execute("vacuum analyze");
    }

    /** The sort key (day, id) of a row 200 rows before the end of the list. */
    private static List<Object> keyNearTheEnd(BenchDatabase db, int rows) throws Exception {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("select day, id from bench.item where deleted_at is null "
                        + "order by day desc, id offset ? limit 1")) {
            s.setInt(1, Math.max(0, rows - 200));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return List.of(r.getObject(1, java.time.LocalDate.class), r.getLong(2));
            }
        }
    }

    /** With -Ddaftar.bench.explain=true: PostgreSQL's plan and timing of a statement, on stderr. */
    private static void explainAnalyze(BenchDatabase db, String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement("explain analyze " + sql);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                System.err.println(r.getString(1));
            }
        }
    }

    private static Object plainJdbc(BenchDatabase db, String sql) {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            int n = 0;
            while (r.next()) {
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    r.getObject(i);
                }
                n++;
            }
            return n;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(Supplier<Object> run) {
        for (int i = 0; i < WARM_UPS; i++) {
            run.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            Object result = run.get();
            times.add(Measures.millisSince(start));
            if (result instanceof Result r && r.rows().isEmpty() && i == 0) {
                System.err.println("warning: a query returned no rows");
            }
        }
        return Measures.median(times);
    }

    /**
     * The medians of two ways to do the same work, run in turns (a, b, a, b, ...) so that neither
     * gains from running after the other has warmed PostgreSQL's caches.
     */
    private static double[] interleavedMedians(Supplier<Object> a, Supplier<Object> b) {
        for (int i = 0; i < WARM_UPS / 2; i++) {
            a.get();
            b.get();
        }
        List<Double> first = new ArrayList<>();
        List<Double> second = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            a.get();
            first.add(Measures.millisSince(start));
            start = System.nanoTime();
            b.get();
            second.add(Measures.millisSince(start));
        }
        return new double[] {Measures.median(first), Measures.median(second)};
    }
}
