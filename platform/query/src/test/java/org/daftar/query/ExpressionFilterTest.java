package org.daftar.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daftar.model.expression.Expressions;
import org.daftar.model.report.Operator;
import org.daftar.query.model.Computed;
import org.daftar.query.model.Filter;
import org.daftar.query.model.Query;
import org.daftar.query.model.Sort;
import org.daftar.query.schema.ReadableSchema;
import org.junit.jupiter.api.Test;

/**
 * Conditions written in the expression language (a list's {@code where}, a role's row rule) become
 * part of the one compiled statement, with {@code user} and its attributes as bound parameters.
 */
class ExpressionFilterTest {

    static final ShopData SHOP = ShopData.get();
    final QueryEngine engine = SHOP.engine();

    static Filter where(String text, Map<String, ?> names) {
        return Filter.expression(Expressions.parse(text), names);
    }

    @Test
    void aListConditionComparesFieldsWithValuesAndWithEachOther() {
        Query query = Query.from("shop.product").select("sku")
                .where(where("stock < reorder_level and active = true and price >= 10", Map.of()))
                .orderBy(Sort.asc("sku"));

        assertThat(engine.run(query, SHOP.everything, Map.of()).rows()).isEqualTo(SHOP.rows(
                "select sku from " + Corpus.P + " p where stock < reorder_level and active and price >= 10 order by sku, id"));
    }

    @Test
    void theUserIsABoundParameterNotText() {
        Query query = Query.from("shop.customer").select("code")
                .where(where("owner = user or region = 'west'", Map.of("user", "sara")))
                .orderBy(Sort.asc("code"));

        assertThat(engine.run(query, SHOP.everything, Map.of()).rows()).isEqualTo(SHOP.rows(
                "select code from " + Corpus.C + " c where owner = 'sara' or region = 'west' order by code, id"));
        assertThat(engine.sql(query, SHOP.everything, Map.of())).doesNotContain("sara");
    }

    @Test
    void twoUsersShareOneCompiledStatement() {
        Query sara = Query.from("shop.customer").select("code").where(where("owner = user", Map.of("user", "sara")));
        Query omar = Query.from("shop.customer").select("code").where(where("owner = user", Map.of("user", "omar")));

        assertThat(engine.sql(sara, SHOP.everything, Map.of())).isEqualTo(engine.sql(omar, SHOP.everything, Map.of()));
        assertThat(engine.run(omar, SHOP.everything, Map.of()).rows()).isEmpty();
    }

    @Test
    void anAttributeTheUserDoesNotHaveMatchesNothing() {
        Map<String, Object> noRegion = new HashMap<>();
        noRegion.put("user", "sara");
        noRegion.put("user.region", null);
        Query unbound = Query.from("shop.customer").select("code").where(where("region = user.region", Map.of("user", "sara")));
        Query empty = Query.from("shop.customer").select("code").where(where("region = user.region", noRegion));
        Query bound = Query.from("shop.customer").select("code")
                .where(where("region = user.region", Map.of("user.region", "west"))).orderBy(Sort.asc("code"));

        assertThat(engine.run(unbound, SHOP.everything, Map.of()).rows()).isEmpty();
        assertThat(engine.run(empty, SHOP.everything, Map.of()).rows()).isEmpty();
        assertThat(engine.run(bound, SHOP.everything, Map.of()).rows()).isEqualTo(SHOP.rows(
                "select code from " + Corpus.C + " c where region = 'west' order by code, id"));
    }

    @Test
    void conditionsFollowReferences() {
        Query query = Query.from("shop.sales_order").select("number")
                .where(where("customer.region = user.region and status != 'draft'", Map.of("user.region", "central")))
                .orderBy(Sort.asc("number"));

        assertThat(engine.run(query, SHOP.everything, Map.of()).rows()).isEqualTo(SHOP.rows(
                "select number from " + Corpus.O + " o left join " + Corpus.C + " c on c.id = o.customer"
                        + " where c.region = 'central' and status <> 'draft' order by number, o.id"));
    }

    /** today() is the database's current date (the engine's clock only sets relative periods). */
    @Test
    void dateAndChoiceFunctionsRunInPostgresql() {
        Query soon = Query.from("shop.sales_order").select("number")
                .where(where("order_date >= add_days(today(), -30) and order_date <= add_months(today(), 1)", Map.of()))
                .orderBy(Sort.asc("number"));
        Query tagged = Query.from("shop.product").select("sku").where(where("has(tags, 'new')", Map.of()))
                .orderBy(Sort.asc("sku"));
        Query age = Query.from("shop.sales_order").select("number", "age")
                .compute(new Computed("age", Expressions.parse("days_between(order_date, today())")))
                .where(Filter.of("number", Operator.EQ, "ORD-00001"));

        assertThat(engine.run(soon, SHOP.everything, Map.of()).rows()).isEqualTo(SHOP.rows(
                "select number from " + Corpus.O + " o where order_date >= current_date - 30"
                        + " and order_date <= (current_date + interval '1 month')::date order by number, id"));
        assertThat(engine.run(tagged, SHOP.everything, Map.of()).rows()).isEqualTo(SHOP.rows(
                "select sku from " + Corpus.P + " p where 'new' = any(tags) order by sku, id"));
        assertThat(engine.run(age, SHOP.everything, Map.of()).rows()).isEqualTo(SHOP.rows(
                "select number, current_date - order_date from " + Corpus.O + " o where number = 'ORD-00001'"));
    }

    @Test
    void aRowRuleMayFollowAReferenceTheUserCannotRead() {
        ReadableSchema ownersOrders = ReadableSchema.builder()
                .entity("shop.sales_order", Set.of(), where("customer.owner = user", Map.of("user", "sara")))
                .build();
        Query query = Query.from("shop.sales_order").select("number", "status").orderBy(Sort.asc("number"));

        assertThat(engine.run(query, ownersOrders, Map.of()).rows()).isEqualTo(SHOP.rows(
                "select number, status from " + Corpus.O + " o join " + Corpus.C + " c on c.id = o.customer"
                        + " where c.owner = 'sara' order by number, o.id"));
        assertThatThrownBy(() -> engine.run(Query.from("shop.sales_order").select("customer.name"), ownersOrders, Map.of()))
                .hasMessage("You may not read shop.customer: ask an administrator for access");
    }

    @Test
    void aConditionAlongLinesIsRefusedWithTheReason() {
        Query query = Query.from("shop.sales_order").select("number").where(where("lines.quantity > 3", Map.of()));

        assertThatThrownBy(() -> engine.run(query, SHOP.everything, Map.of()))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("'lines.quantity' goes along lines");
    }

    @Test
    void aQueryOnTheCallersConnectionSeesItsUncommittedWrites() throws Exception {
        Query query = Query.from("shop.customer").select("code").where(where("owner = user", Map.of("user", "nadia")));
        try (Connection connection = SHOP.db.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("insert into shop.customer (created_by, code, name, owner)"
                        + " values ('test', 'C-NEW', 'New customer', 'nadia')");
            }

            assertThat(engine.run(connection, query, SHOP.everything, Map.of()).rows()).containsExactly(List.of("C-NEW"));
            assertThat(engine.run(query, SHOP.everything, Map.of()).rows()).isEmpty();
            connection.rollback();
        }
    }
}
