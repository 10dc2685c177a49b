package org.daftar.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.daftar.query.model.Query;
import org.daftar.query.model.Sort;
import org.junit.jupiter.api.Test;

/** Deep pages come after the last row's sort key, and together they make the whole list. */
class KeysetPagingTest {

    static final ShopData SHOP = ShopData.get();
    final QueryEngine engine = SHOP.engine();

    @Test
    void pagesAfterTheLastKeyMakeTheWholeListSortedByADateDescending() {
        Query first = Query.from("shop.sales_order").select("number", "order_date")
                .orderBy(Sort.desc("order_date")).limit(13);

        assertThat(allPages(first)).isEqualTo(SHOP.rows(
                "select number, order_date from " + Corpus.O + " o order by order_date desc, id"));
    }

    @Test
    void pagesWorkOverEmptyValuesAndTwoKeys() {
        Query first = Query.from("shop.sales_order").select("number", "delivery_at", "status")
                .orderBy(Sort.asc("delivery_at"), Sort.desc("status")).limit(17);

        assertThat(allPages(first)).isEqualTo(SHOP.rows("select number, delivery_at, status from " + Corpus.O
                + " o order by delivery_at, status desc, id"));
    }

    @Test
    void pagesWorkOverArabicNamesAlongAReference() {
        Query first = Query.from("shop.sales_order").select("customer.name", "number")
                .orderBy(Sort.desc("customer.name")).limit(29);

        assertThat(allPages(first)).isEqualTo(SHOP.rows("select c.name, number from " + Corpus.O + " o left join "
                + Corpus.C + " c on c.id = o.customer order by c.name desc, o.id"));
    }

    @Test
    void pagesOfReferencesJoinedAfterThePageIsChosen() {
        Query first = Query.from("shop.sales_order").select("number", "customer.name")
                .orderBy(Sort.asc("order_date")).limit(31);

        assertThat(allPages(first)).isEqualTo(SHOP.rows("select number, c.name from " + Corpus.O + " o left join "
                + Corpus.C + " c on c.id = o.customer order by order_date, o.id"));
    }

    @Test
    void aPageKeyOfTheWrongLengthIsRefusedWithAMessage() {
        Query query = Query.from("shop.sales_order").select("number").orderBy(Sort.asc("number")).limit(5);

        assertThatThrownBy(() -> engine.run(query.after(List.of("ORD-00010")), SHOP.everything, Map.of()))
                .isInstanceOf(QueryException.class)
                .hasMessageContaining("The page key has 1 values, but the query needs 2");
    }

    private List<List<Object>> allPages(Query first) {
        List<List<Object>> all = new ArrayList<>();
        Result page = engine.run(first, SHOP.everything, Map.of());
        int shapes = engine.cachedShapes();
        while (!page.rows().isEmpty()) {
            all.addAll(page.rows());
            page = engine.run(first.after(page.lastKey()), SHOP.everything, Map.of());
        }
        assertThat(engine.cachedShapes()).isLessThanOrEqualTo(shapes + 2);
        return all;
    }
}
