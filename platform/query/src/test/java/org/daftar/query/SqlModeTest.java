package org.daftar.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import org.daftar.model.report.Operator;
import org.daftar.query.model.Filter;
import org.daftar.query.schema.ReadableSchema;
import org.daftar.query.sql.SqlRefusal;
import org.junit.jupiter.api.Test;

/** Issue 4, SQL mode: runs what the manager may read, refuses the rest with a clear message. */
class SqlModeTest {

    static final ShopData SHOP = ShopData.get();
    final SqlMode sqlMode = new SqlMode(SHOP.db.dataSource(), SHOP.catalog, Duration.ofSeconds(10));

    final ReadableSchema manager = ReadableSchema.builder()
            .entity("shop.sales_order", Set.of(), Filter.of("status", Operator.NE, "draft"))
            .entity("shop.customer", Set.of("code", "name", "region"), Filter.NONE)
            .entity("shop.order_line", Set.of(), Filter.NONE)
            .build();

    @Test
    void aSelectGivesTheRowsOfTheSameSqlOverLiveReadableRows() {
        Result result = sqlMode.run("""
                select c.name, count(*) as orders, sum(o.total) as revenue
                from shop.sales_order o join shop.customer c on c.id = o.customer
                where c.region = 'west' and o.order_date >= date '2025-06-01'
                group by c.name order by revenue desc, c.name""", manager);

        assertThat(result.columns()).containsExactly("name", "orders", "revenue");
        assertThat(result.rows()).isNotEmpty().isEqualTo(SHOP.rows("""
                select c.name, count(*), sum(o.total) from %s o join %s c on c.id = o.customer
                where o.status <> 'draft' and c.region = 'west' and o.order_date >= date '2025-06-01'
                group by c.name order by 3 desc, 1""".formatted(Corpus.O, Corpus.C)));
    }

    @Test
    void subqueriesStandardFunctionsAndCaseWork() {
        Result result = sqlMode.run("""
                select upper(name) as n, char_length(name) as len,
                       case when region is null then 'none' else region end as r
                from shop.customer where id in (select customer from shop.sales_order where total > 1000)
                order by code""", manager);

        assertThat(result.rows()).isNotEmpty().isEqualTo(SHOP.rows("""
                select upper(name), char_length(name), coalesce(region, 'none') from %s c
                where id in (select customer from %s o where status <> 'draft' and total > 1000) order by code"""
                .formatted(Corpus.C, Corpus.O)));
    }

    @Test
    void aTableThatIsNotReadableIsRefused() {
        assertThatThrownBy(() -> sqlMode.run("select * from shop.product", manager))
                .isInstanceOf(SqlRefusal.class)
                .hasMessage("'shop.product' is not a table you may read. Name tables as app.entity; you may read: "
                        + "shop.sales_order, shop.customer, shop.order_line.");
    }

    @Test
    void aColumnThatIsNotReadableIsRefused() {
        assertThatThrownBy(() -> sqlMode.run("select phone from shop.customer", manager))
                .isInstanceOf(SqlRefusal.class)
                .hasMessage("Unknown column 'phone': it does not exist or you may not read it.");
    }

    @Test
    void softDeletedRowsCannotBeSeenEvenByName() {
        assertThatThrownBy(() -> sqlMode.run("select count(*) from shop.sales_order where deleted_at is not null",
                        manager))
                .isInstanceOf(SqlRefusal.class)
                .hasMessageStartingWith("Unknown column 'deleted_at'");
    }

    @Test
    void systemCatalogsAreRefused() {
        assertThatThrownBy(() -> sqlMode.run("select * from pg_catalog.pg_authid", manager))
                .isInstanceOf(SqlRefusal.class)
                .hasMessageStartingWith("System catalogs (pg_catalog");
        assertThatThrownBy(() -> sqlMode.run("select table_name from information_schema.tables", manager))
                .isInstanceOf(SqlRefusal.class)
                .hasMessageStartingWith("System catalogs (information_schema");
        assertThatThrownBy(() -> sqlMode.run("select * from pg_user", manager))
                .isInstanceOf(SqlRefusal.class)
                .hasMessage("System catalogs (pg_user) cannot be read in SQL mode.");
    }

    @Test
    void dmlIsRefused() {
        assertThatThrownBy(() -> sqlMode.run("delete from shop.customer", manager))
                .isInstanceOf(SqlRefusal.class)
                .hasMessage("SQL mode only reads data: 'DELETE' is not allowed. Write a SELECT.");
        assertThatThrownBy(() -> sqlMode.run("  UPDATE shop.customer set name = 'x'", manager))
                .isInstanceOf(SqlRefusal.class)
                .hasMessage("SQL mode only reads data: 'UPDATE' is not allowed. Write a SELECT.");
        assertThatThrownBy(() -> sqlMode.run("insert into shop.customer (code) values ('C-9999')", manager))
                .isInstanceOf(SqlRefusal.class)
                .hasMessageContaining("'INSERT' is not allowed");
    }

    @Test
    void ddlIsRefused() {
        assertThatThrownBy(() -> sqlMode.run("drop table shop.customer", manager))
                .isInstanceOf(SqlRefusal.class)
                .hasMessage("SQL mode only reads data: 'DROP' is not allowed. Write a SELECT.");
        assertThatThrownBy(() -> sqlMode.run("create table shop.x (a int)", manager))
                .isInstanceOf(SqlRefusal.class)
                .hasMessageContaining("'CREATE' is not allowed");
    }

    @Test
    void aSecondStatementIsRefused() {
        assertThatThrownBy(() -> sqlMode.run("select 1; drop table shop.customer", manager))
                .isInstanceOf(SqlRefusal.class)
                .hasMessageStartingWith("The SQL could not be read");
    }

    @Test
    void unknownFunctionsAreRefused() {
        assertThatThrownBy(() -> sqlMode.run("select frobnicate(name) from shop.customer", manager))
                .isInstanceOf(SqlRefusal.class)
                .hasMessage("Unknown function 'frobnicate': SQL mode offers the standard SQL functions only (no "
                        + "database-specific or library functions).");
    }

    @Test
    void libraryAndDatabaseFunctionsAreRefused() {
        // CVE-2022-39135 came through Calcite's XML library functions.
        assertThatThrownBy(() -> sqlMode.run("select extractvalue('<a>1</a>', '/a') from shop.customer", manager))
                .isInstanceOf(SqlRefusal.class)
                .hasMessageStartingWith("Unknown function 'extractvalue'");
        assertThatThrownBy(() -> sqlMode.run("select pg_sleep(10) from shop.customer", manager))
                .isInstanceOf(SqlRefusal.class)
                .hasMessageStartingWith("Unknown function 'pg_sleep'");
        assertThatThrownBy(() -> sqlMode.run("select md5(name) from shop.customer", manager))
                .isInstanceOf(SqlRefusal.class)
                .hasMessageStartingWith("Unknown function 'md5'");
    }

    @Test
    void aQueryPastItsTimeoutIsStopped() {
        SqlMode impatient = new SqlMode(SHOP.db.dataSource(), SHOP.catalog, Duration.ofMillis(200));

        assertThatThrownBy(() -> impatient.run("""
                select count(*) from shop.order_line a, shop.order_line b, shop.order_line c
                where a.quantity + b.quantity + c.quantity > 0""", manager))
                .isInstanceOf(SqlRefusal.class)
                .hasMessage("The query ran longer than 0.2 s and was stopped: add filters or a limit, or group the rows.");
    }

    @Test
    void theCompiledSqlHidesDeletedRowsAndUnreadableColumns() {
        String sql = sqlMode.sql("select name from shop.customer", manager);

        assertThat(sql).contains("\"deleted_at\" IS NULL").doesNotContain("phone");
    }
}
