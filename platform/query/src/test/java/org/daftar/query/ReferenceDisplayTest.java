package org.daftar.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.daftar.query.model.Query;
import org.daftar.query.model.Sort;
import org.junit.jupiter.api.Test;

/** Issue 4: a list's reference column shows the referenced record's display name, in the same statement. */
class ReferenceDisplayTest {

    static final ShopData SHOP = ShopData.get();
    final QueryEngine engine = SHOP.engine();

    @Test
    void aReferenceColumnShowsTheDisplayNameOfTheReferencedRecord() {
        Query orders = Query.from("shop.sales_order").select("number", "customer").orderBy(Sort.asc("number")).limit(40);

        assertThat(engine.run(orders, SHOP.everything, Map.of()).rows()).isEqualTo(SHOP.rows("""
                select o.number, case when c.id is null then null
                       else coalesce(c.name, '') || ' (' || coalesce(c.code, '') || ')' end
                from shop.sales_order o
                left join shop.customer c on c.id = o.customer and c.deleted_at is null
                where o.deleted_at is null order by o.number, o.id limit 40"""));
    }

    @Test
    void theIdOfAReferenceIsStillThereAsItsIdField() {
        Query orders = Query.from("shop.sales_order").select("number", "customer.id").orderBy(Sort.asc("number")).limit(5);

        assertThat(engine.run(orders, SHOP.everything, Map.of()).rows()).isEqualTo(SHOP.rows("""
                select o.number, c.id from shop.sales_order o
                left join shop.customer c on c.id = o.customer and c.deleted_at is null
                where o.deleted_at is null order by o.number, o.id limit 5"""));
    }

    @Test
    void theDisplayNameIsJoinedInTheSameStatement() {
        CountingDataSource counting = new CountingDataSource(SHOP.db.dataSource());
        QueryEngine counted = new QueryEngine(counting.dataSource, SHOP.catalog, ShopData.CLOCK);

        counted.run(Query.from("shop.sales_order").select("number", "customer").limit(100), SHOP.everything, Map.of());

        assertThat(counting.statements).hasSize(1);
    }
}
