package org.daftar.bench;

import java.time.Duration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.daftar.query.QueryEngine;
import org.daftar.query.Result;
import org.daftar.query.SqlMode;
import org.daftar.query.model.Query;
import org.daftar.query.model.Sort;
import org.daftar.query.schema.Catalog;
import org.daftar.security.access.SecuredQueries;
import org.daftar.security.audit.AccessAudit;
import org.daftar.security.policy.PolicyEngine;
import org.daftar.security.policy.UserContext;

/**
 * {@code policies --rows N}: an entity of N tasks (200 owners, five statuses) under a role whose row
 * rule is {@code owner = user or status = 'new'}; the first page of a list (50 rows, newest first)
 * through the policy engine for a user of that role against the same page for an admin. Times are
 * medians of 101 runs after 50 warm-ups, taken in turns;
 * {@code -Ddaftar.bench.explain=true} prints both statements and their plans. The restricted user sees about a fifth of
 * the rows (the new ones and their own).
 */
final class PoliciesBenchmark implements Benchmark {

    private static final int OWNERS = 200;
    private static final int RUNS = 101;
    private static final int WARM_UPS = 50;

    @Override
    public String name() {
        return "policies";
    }

    @Override
    public String description() {
        return "a list page under a row rule vs the same page for an admin, over N rows (--rows N, default 1000000)";
    }

    @Override
    public List<Figure> run(List<String> args) throws Exception {
        int rows = Measures.option(args, "--rows", 1_000_000);
        Definitions definitions = definitions();
        try (BenchDatabase db = new BenchDatabase(4)) {
            fill(db, definitions, rows);
            Catalog catalog = new Catalog(definitions, new FieldTypes(List.of()));
            QueryEngine engine = new QueryEngine(db.dataSource(), catalog);
            engine.warmUp();
            PolicyEngine policy = new PolicyEngine(definitions);
            SecuredQueries queries = new SecuredQueries(engine, new SqlMode(db.dataSource(), catalog, Duration.ofSeconds(30)),
                    policy, new AccessAudit(db.dataSource(), Clock.systemUTC()));
            UserContext admin = UserContext.of("admin1", Locale.ENGLISH, "admin");
            UserContext owner = UserContext.of("user7", Locale.ENGLISH, "bench.owner_or_new");

            Query page = Query.from("bench.task").select("title", "owner", "status", "day").orderBy(Sort.desc("day"))
                    .limit(50);
            if (Boolean.getBoolean("daftar.bench.explain")) {
                explain(db, engine.explain(page, policy.readableSchema(owner), Map.of()),
                        engine.sql(page, policy.readableSchema(owner), Map.of()));
                explain(db, engine.explain(page, policy.readableSchema(admin), Map.of()),
                        engine.sql(page, policy.readableSchema(admin), Map.of()));
                for (UserContext user : List.of(owner, admin, owner, admin)) {
                    long start = System.nanoTime();
                    for (int i = 0; i < 10_000; i++) {
                        engine.sql(page, policy.readableSchema(user), Map.of());
                    }
                    System.err.printf(Locale.ROOT, "%s: %.1f us to find the compiled statement%n", user.username(),
                            Measures.millisSince(start) / 10);
                }
            }
            double[] medians = interleavedMedians(() -> queries.run(owner, page, Map.of()),
                    () -> queries.run(admin, page, Map.of()));
            long visible = queries.countRows(owner, page, Map.of());
            return List.of(
                    new Figure("policies_rows", rows, ""),
                    new Figure("policy_visible_rows", visible, ""),
                    new Figure("policy_list_restricted_ms", medians[0], "ms"),
                    new Figure("policy_list_admin_ms", medians[1], "ms"),
                    new Figure("policy_list_ratio", medians[0] / medians[1], ""));
        }
    }

    private static Definitions definitions() {
        List<DefinitionSource> sources = List.of(
                new DefinitionSource("bench/app.yaml", """
                        kind: app
                        id: bench
                        label: {en: Bench, ar: قياس}
                        entities: [task]
                        """),
                new DefinitionSource("bench/entities/task.yaml", """
                        kind: entity
                        id: task
                        fields:
                          - {id: title, type: text, required: true}
                          - {id: owner, type: user}
                          - {id: status, type: choice, options: [{value: new}, {value: open}, {value: waiting}, {value: done}, {value: closed}]}
                          - {id: day, type: date, required: true}
                        """),
                new DefinitionSource("bench/lists/tasks.yaml", """
                        kind: list
                        id: tasks
                        entity: task
                        columns: [title, owner, status, day]
                        sort: [{field: day, direction: desc}]
                        """),
                new DefinitionSource("bench/roles/owner_or_new.yaml", """
                        kind: role
                        id: owner_or_new
                        label: {en: Own or new tasks, ar: المهام الخاصة أو الجديدة}
                        basedOn: staff
                        permissions:
                          - entity: task
                            actions: [read, update]
                            rows: "owner = user or status = 'new'"
                        """));
        LoadResult result = new DefinitionLoader(List.of()).load(sources);
        if (!result.ok()) {
            throw new IllegalStateException("The benchmark's definitions have problems: " + result.problems());
        }
        return result.definitions();
    }

    /**
     * The table, N rows by generate_series, its keys and the indexes the storage module makes from
     * the definitions (day, from the list's sort; owner and status with day and id, from the role's
     * row rule), an owner index, statistics.
     */
    private static void fill(BenchDatabase db, Definitions definitions, int rows) throws Exception {
        List<TableSpec> tables = new TableSpecs(definitions, new FieldTypes(List.of())).all();
        db.execute(Ddl.createSchema("bench"));
        for (TableSpec table : tables) {
            db.execute(Ddl.createTable(table));
        }
        db.execute("""
                insert into bench.task (created_by, title, owner, status, day)
                select 'bench', 'مهمة ' || g || ' task', 'user' || (1 + (g::bigint * 7919) %% %1$d),
                       (array['new', 'open', 'waiting', 'done', 'closed'])[1 + (g::bigint * 31) %% 5],
                       date '2020-01-01' + (g %% 2500)
                from generate_series(1, %2$d) g""".formatted(OWNERS, rows));
        for (TableSpec table : tables) {
            for (String statement : Ddl.constraintsAndIndexes(table)) {
                db.execute(statement);
            }
        }
        db.execute("create index task_owner_idx on bench.task (owner)");
        db.execute("vacuum analyze");
    }

    /** With -Ddaftar.bench.explain=true: each statement and PostgreSQL's plan of it, on stderr. */
    private static void explain(BenchDatabase db, List<String> plan, String sql) {
        System.err.println(sql);
        plan.forEach(System.err::println);
    }

    /** Medians of two runs taken in turns, so that neither gains from the other's warm caches. */
    private static double[] interleavedMedians(Supplier<Result> a, Supplier<Result> b) {
        for (int i = 0; i < WARM_UPS; i++) {
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
