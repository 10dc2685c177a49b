package org.daftar.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.daftar.model.report.Operator;
import org.daftar.model.report.Period;
import org.daftar.query.model.Filter;
import org.daftar.query.model.Param;
import org.daftar.query.model.Query;
import org.daftar.query.model.Sort;
import org.junit.jupiter.api.Test;

/** A repeated query shape costs no planning: the SQL is cached, values are bound parameters. */
class ShapeCacheTest {

    static final ShopData SHOP = ShopData.get();

    static Query ordersOf(String status, Object since) {
        return Query.from("shop.sales_order").select("number")
                .where(Filter.all(Filter.of("status", Operator.EQ, status), Filter.of("order_date", Operator.GE, since)))
                .orderBy(Sort.asc("number"));
    }

    @Test
    void theWarmUpCompilesQueriesOfEveryEntityWithoutFillingTheCache() {
        QueryEngine engine = SHOP.engine();

        int compiled = engine.warmUp();

        assertThat(compiled).as("lists, filtered lists, groups and references of the shop's entities").isGreaterThanOrEqualTo(12);
        assertThat(engine.cachedShapes()).isZero();
    }

    @Test
    void theSameShapeWithOtherValuesGivesTheSameSqlWithoutCompilingAgain() {
        QueryEngine engine = SHOP.engine();
        String first = engine.sql(ordersOf("draft", LocalDate.of(2025, 1, 1)), SHOP.everything, Map.of());

        String second = engine.sql(ordersOf("confirmed", LocalDate.of(2026, 1, 1)), SHOP.everything, Map.of());

        assertThat(second).isEqualTo(first);
        assertThat(engine.cachedShapes()).isEqualTo(1);
        assertThat(first).doesNotContain("draft", "2025").contains("?");
    }

    @Test
    void parametersAndPeriodsAreBoundValuesToo() {
        QueryEngine engine = SHOP.engine();
        Query byParam = ordersOf("draft", Param.of("since"));
        Query thisMonth = Query.from("shop.sales_order").select("number")
                .where(Filter.of("order_date", Operator.IN_PERIOD, Period.THIS_MONTH)).orderBy(Sort.asc("number"));
        Query lastYear = Query.from("shop.sales_order").select("number")
                .where(Filter.of("order_date", Operator.IN_PERIOD, Period.LAST_YEAR)).orderBy(Sort.asc("number"));

        engine.run(byParam, SHOP.everything, Map.of("since", LocalDate.of(2025, 1, 1)));
        engine.run(byParam, SHOP.everything, Map.of("since", LocalDate.of(2026, 1, 1)));
        engine.run(thisMonth, SHOP.everything, Map.of());
        engine.run(lastYear, SHOP.everything, Map.of());

        assertThat(engine.cachedShapes()).isEqualTo(2);
    }

    @Test
    void aMissingParameterIsNamedInTheMessage() {
        QueryEngine engine = SHOP.engine();

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> engine.run(ordersOf("draft", Param.of("since")), SHOP.everything, Map.of()))
                .isInstanceOf(QueryException.class)
                .hasMessage("The parameter 'since' (in the filter on 'order_date') has no value: give it when running "
                        + "the query");
    }

    @Test
    void adminsSeeTheCompiledSqlAndPostgresqlsPlan() {
        QueryEngine engine = SHOP.engine();
        Query query = Query.from("shop.sales_order").select("number", "customer.name")
                .where(Filter.of("status", Operator.IN, List.of("draft"))).orderBy(Sort.asc("number")).limit(10);

        assertThat(engine.sql(query, SHOP.everything, Map.of()))
                .contains("\"name\" AS \"customer.name\"", "LEFT JOIN", "\"deleted_at\" IS NULL",
                        "FETCH NEXT 10 ROWS ONLY");
        assertThat(String.join("\n", engine.explain(query, SHOP.everything, Map.of())))
                .contains("Limit", "Join", "sales_order", "customer");
    }
}
