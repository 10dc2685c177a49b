package org.daftar.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.daftar.query.model.Query;
import org.daftar.query.model.Sort;
import org.junit.jupiter.api.Test;

/** Lists show an estimate of their size from PostgreSQL's statistics instead of counting every row. */
class RowEstimateTest {

    static final ShopData SHOP = ShopData.get();
    final QueryEngine engine = SHOP.engine();

    @Test
    void anEstimateComesFromStatisticsAndIgnoresThePage() {
        SHOP.db.execute("analyze shop.sales_order");
        Query page = Query.from("shop.sales_order").select("number").orderBy(Sort.asc("number")).limit(10);

        long estimate = engine.estimateRows(page, SHOP.everything, Map.of());
        long exact = ((Number) SHOP.db.queryValue(
                "select count(*) from shop.sales_order where deleted_at is null")).longValue();

        assertThat(estimate).isBetween(exact / 2, exact * 2).isGreaterThan(10);
    }

    @Test
    void anExactCountIsGivenOnRequestOverTheListsFilters() {
        Query drafts = Query.from("shop.sales_order").select("number")
                .where(org.daftar.query.model.Filter.of("status", org.daftar.model.report.Operator.EQ, "draft")).limit(5);

        long exact = ((Number) SHOP.db.queryValue(
                "select count(*) from shop.sales_order where deleted_at is null and status = 'draft'")).longValue();

        assertThat(engine.countRows(drafts, SHOP.everything, Map.of())).isEqualTo(exact).isGreaterThan(5);
    }
}
