package org.daftar.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daftar.data.schema.Ddl;
import org.daftar.data.schema.TableSpecs;
import org.daftar.model.Definitions;
import org.daftar.model.expression.Expressions;
import org.daftar.model.link.FieldTypes;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;
import org.daftar.query.model.Filter;
import org.daftar.query.model.Query;
import org.daftar.query.model.Sort;
import org.daftar.query.schema.Catalog;
import org.daftar.query.schema.ReadableSchema;
import org.daftar.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A page of a list under a row rule with {@code or} is read branch by branch, each branch from the
 * index the storage module made for it, and merged: the same rows in the same order as the single
 * statement, on every page, and PostgreSQL reads each branch's page from its index (issue 6: a
 * restricted user's list page within 1.2 times an admin's).
 */
class OrBranchesTest {

    static final String RULE = "owner = user or status = 'new'";
    static final String LEAD_RULE = "owner = user or status = 'new' or priority = 1";
    static final String ALL_VISIBLE = "deleted_at is null and (owner = ? or status = 'new')";

    static TestDatabase db;
    static QueryEngine engine;
    static Catalog catalog;

    @BeforeAll
    static void tickets() {
        Definitions definitions = definitions();
        db = TestDatabase.create();
        Ddl.createAll(new TableSpecs(definitions, new FieldTypes(List.of())).all()).forEach(db::execute);
        db.execute("""
                insert into desk.customer (created_by, name, region)
                select 'seed', 'Customer ' || i, (array['west', 'central'])[1 + i % 2] from generate_series(1, 10) i""");
        // 20,000 tickets over 60 days (many on each day, so the id decides within a day), owners u0-u6
        // and none, statuses and priorities with empty ones, some deleted.
        db.execute("""
                insert into desk.ticket (created_by, title, owner, status, priority, day, customer)
                select 'seed', 'تذكرة ' || g || ' ticket',
                       case when g % 9 = 0 then null else 'u' || (g * 7) % 7 + (g / 7) % 7 end,
                       (array['new', 'open', 'done', null])[1 + (g * 13) % 4],
                       case when g % 5 = 0 then null else 1 + g % 4 end,
                       date '2026-01-01' + (g * 17) % 60, 1 + g % 10
                from generate_series(1, 20000) g""");
        db.execute("update desk.ticket set deleted_at = now(), deleted_by = 'seed' where id % 31 = 0");
        db.execute("analyze");
        catalog = new Catalog(definitions, new FieldTypes(List.of()));
        engine = new QueryEngine(db.dataSource(), catalog);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void theFirstPageIsTheUnionOfTheBranchesPagesWithTheSameRowsAndOrder() {
        Query page = list().limit(50);

        assertThat(engine.sql(page, under(RULE, "u3"), Map.of())).contains("UNION ALL");
        assertThat(engine.run(page, under(RULE, "u3"), Map.of()).rows()).isEqualTo(rows(
                "select title, owner, status, day from desk.ticket where " + ALL_VISIBLE + " order by day desc, id limit 50",
                "u3"));
    }

    @Test
    void everyKeysetPageTogetherMakesTheWholeVisibleList() {
        Query first = list().limit(37);
        List<List<Object>> all = new ArrayList<>();
        Result page = engine.run(first, under(RULE, "u3"), Map.of());
        while (!page.rows().isEmpty()) {
            all.addAll(page.rows());
            page = engine.run(first.after(page.lastKey()), under(RULE, "u3"), Map.of());
        }

        assertThat(engine.sql(first.after(List.of(java.time.LocalDate.of(2026, 2, 1), 100L)), under(RULE, "u3"), Map.of()))
                .contains("UNION ALL");
        assertThat(all).hasSize(((Number) db.queryValue("select count(*) from desk.ticket where "
                + ALL_VISIBLE.replace("?", "'u3'"))).intValue());
        assertThat(all).isEqualTo(rows(
                "select title, owner, status, day from desk.ticket where " + ALL_VISIBLE + " order by day desc, id", "u3"));
    }

    @Test
    void aPageByOffsetTakesTheOffsetAndThePageFromEachBranch() {
        Query page = list().limit(40).offset(2000);

        assertThat(engine.run(page, under(RULE, "u3"), Map.of()).rows()).isEqualTo(rows(
                "select title, owner, status, day from desk.ticket where " + ALL_VISIBLE
                        + " order by day desc, id limit 40 offset 2000", "u3"));
    }

    @Test
    void overlappingBranchesGiveEachRowOnceAlsoAscendingAndUnderTheListsOwnFilter() {
        Query page = Query.from("desk.ticket").select("title", "priority", "day")
                .where(Filter.expression(Expressions.parse("title != 'x' and priority != 2"), Map.of()))
                .orderBy(Sort.asc("day")).limit(300);

        assertThat(engine.sql(page, under(LEAD_RULE, "u5"), Map.of())).contains("UNION ALL");
        assertThat(engine.run(page, under(LEAD_RULE, "u5"), Map.of()).rows()).isEqualTo(rows(
                "select title, priority, day from desk.ticket where deleted_at is null"
                        + " and (owner = ? or status = 'new' or priority = 1) and title <> 'x' and priority <> 2"
                        + " order by day, id limit 300", "u5"));
    }

    @Test
    void aReferencesNameIsJoinedToEachBranchsPage() {
        Query page = Query.from("desk.ticket").select("title", "customer.name", "day").orderBy(Sort.desc("day")).limit(60);

        assertThat(engine.sql(page, under(RULE, "u4"), Map.of())).contains("UNION ALL");
        assertThat(engine.run(page, under(RULE, "u4"), Map.of()).rows()).isEqualTo(rows(
                "select t.title, c.name, t.day from desk.ticket t left join desk.customer c on c.id = t.customer"
                        + " and c.deleted_at is null where t.deleted_at is null and (t.owner = ? or t.status = 'new')"
                        + " order by t.day desc, t.id limit 60", "u4"));
    }

    @Test
    void theRulesOfTwoRolesAreReadBranchByBranch() {
        ReadableSchema twoRoles = ReadableSchema.builder().entity("desk.ticket", Set.of(), new Filter.Any(List.of(
                rule(RULE, "u2"), rule(LEAD_RULE, "u2")))).entity("desk.customer", Set.of(), Filter.NONE).build();

        String sql = engine.sql(list().limit(50), twoRoles, Map.of());

        assertThat(sql).contains("UNION ALL");
        assertThat(engine.run(list().limit(50), twoRoles, Map.of()).rows()).isEqualTo(rows(
                "select title, owner, status, day from desk.ticket where deleted_at is null"
                        + " and (owner = ? or status = 'new' or priority = 1) order by day desc, id limit 50", "u2"));
    }

    @Test
    void aUserWithoutANameSeesOnlyTheOtherBranchesRows() {
        Query page = list().limit(50);

        assertThat(engine.sql(page, under(RULE, null), Map.of())).doesNotContain("UNION");
        assertThat(engine.run(page, under(RULE, null), Map.of()).rows()).isEqualTo(rows(
                "select title, owner, status, day from desk.ticket where deleted_at is null and status = 'new'"
                        + " order by day desc, id limit 50"));
    }

    @Test
    void postgresqlReadsEachBranchFromItsIndexAndMergesThem() {
        String plan = String.join("\n", engine.explain(list().limit(50), under(RULE, "u3"), Map.of()));

        assertThat(plan).contains("Merge Append", "ticket_owner_day_desc_rule_idx", "ticket_status_day_desc_rule_idx")
                .doesNotContain("Seq Scan");
    }

    @Test
    void whatNoIndexServesIsReadAsOneStatement() {
        Query byTitle = Query.from("desk.ticket").select("title", "owner").orderBy(Sort.asc("title")).limit(50);
        Query unlimited = list();
        ReadableSchema alongAReference = ReadableSchema.builder()
                .entity("desk.ticket", Set.of(), rule("customer.region = 'west' or owner = user", "u3"))
                .entity("desk.customer", Set.of(), Filter.NONE).build();

        assertThat(engine.sql(byTitle, under(RULE, "u3"), Map.of())).doesNotContain("UNION");
        assertThat(engine.sql(unlimited, under(RULE, "u3"), Map.of())).doesNotContain("UNION");
        assertThat(engine.sql(list().limit(50), alongAReference, Map.of())).doesNotContain("UNION");
        assertThat(engine.run(byTitle, under(RULE, "u3"), Map.of()).rows()).isEqualTo(rows(
                "select title, owner from desk.ticket where " + ALL_VISIBLE + " order by title, id limit 50", "u3"));
    }

    private static Query list() {
        return Query.from("desk.ticket").select("title", "owner", "status", "day").orderBy(Sort.desc("day"));
    }

    private static ReadableSchema under(String rule, String user) {
        return ReadableSchema.builder().entity("desk.ticket", Set.of(), rule(rule, user))
                .entity("desk.customer", Set.of(), Filter.NONE).build();
    }

    private static Filter rule(String rule, String user) {
        Map<String, Object> names = new HashMap<>();
        names.put("user", user);
        return Filter.expression(Expressions.parse(rule), names);
    }

    private static List<List<Object>> rows(String sql, Object... values) {
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement statement = Statements.prepare(connection, sql, List.of(values));
                ResultSet rows = statement.executeQuery()) {
            List<List<Object>> all = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(Statements.value(rows, i));
                }
                all.add(row);
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** A help desk: tickets with an owner, a status, a priority and a day; a list newest first; two roles with rules. */
    private static Definitions definitions() {
        List<DefinitionSource> sources = List.of(
                new DefinitionSource("desk/app.yaml", "kind: app\nid: desk\nlabel: {en: Desk, ar: مكتب}\nentities: [customer, ticket]\n"),
                new DefinitionSource("desk/entities/customer.yaml", """
                        kind: entity
                        id: customer
                        fields:
                          - {id: name, type: text, required: true}
                          - {id: region, type: choice, options: [{value: west}, {value: central}]}
                        """),
                new DefinitionSource("desk/entities/ticket.yaml", """
                        kind: entity
                        id: ticket
                        fields:
                          - {id: title, type: text, required: true}
                          - {id: owner, type: user}
                          - {id: status, type: choice, options: [{value: new}, {value: open}, {value: done}]}
                          - {id: priority, type: integer}
                          - {id: day, type: date, required: true}
                          - {id: customer, type: reference, entity: customer}
                        """),
                new DefinitionSource("desk/lists/tickets.yaml", """
                        kind: list
                        id: tickets
                        entity: ticket
                        columns: [title, owner, status, day]
                        sort: [{field: day, direction: desc}]
                        """),
                role("agent", RULE),
                role("lead", LEAD_RULE));
        LoadResult result = new DefinitionLoader(List.of()).load(sources);
        if (!result.ok()) {
            throw new IllegalStateException("The test's definitions have problems: " + result.problems());
        }
        return result.definitions();
    }

    private static DefinitionSource role(String id, String rows) {
        return new DefinitionSource("desk/roles/" + id + ".yaml", """
                kind: role
                id: %s
                label: {en: %s, ar: دور}
                basedOn: staff
                permissions:
                  - entity: ticket
                    actions: [read]
                    rows: "%s"
                """.formatted(id, id, rows));
    }
}
