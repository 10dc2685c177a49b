package org.daftar.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.daftar.model.report.Operator;
import org.daftar.query.model.Filter;
import org.daftar.query.model.Query;
import org.daftar.query.model.Sort;
import org.daftar.query.schema.ReadableSchema;
import org.junit.jupiter.api.Test;

/** The readable schema is the policy hook: only its entities, fields and rows can be read. */
class ReadableSchemaTest {

    static final ShopData SHOP = ShopData.get();
    final QueryEngine engine = SHOP.engine();

    final ReadableSchema clerk = ReadableSchema.builder()
            .entity("shop.sales_order", Set.of(), Filter.of("status", Operator.NE, "draft"))
            .entity("shop.customer", Set.of("code", "name"), Filter.of("region", Operator.EQ, "west"))
            .build();

    @Test
    void rowFiltersApplyToTheSourceAndToReferencedRecords() {
        Query query = Query.from("shop.sales_order").select("number", "status", "customer.name")
                .orderBy(Sort.asc("number"));

        assertThat(engine.run(query, clerk, Map.of()).rows()).isEqualTo(SHOP.rows(
                "select number, status, c.name from " + Corpus.O + " o left join " + Corpus.C
                        + " c on c.id = o.customer and c.region = 'west' where status <> 'draft' order by number, o.id"));
    }

    @Test
    void aFieldThatIsNotReadableIsRefused() {
        Query query = Query.from("shop.sales_order").select("number", "customer.phone");

        assertThatThrownBy(() -> engine.run(query, clerk, Map.of()))
                .isInstanceOf(QueryException.class)
                .hasMessage("'customer.phone': you may not read the field 'phone' of shop.customer");
    }

    @Test
    void anEntityThatIsNotReadableIsRefused() {
        Query query = Query.from("shop.product").select("name");

        assertThatThrownBy(() -> engine.run(query, clerk, Map.of()))
                .isInstanceOf(QueryException.class)
                .hasMessage("You may not read shop.product: ask an administrator for access");
    }

    @Test
    void softDeletionColumnsAreNotFields() {
        Query query = Query.from("shop.sales_order").select("deleted_at");

        assertThatThrownBy(() -> engine.run(query, SHOP.everything, Map.of()))
                .isInstanceOf(QueryException.class)
                .hasMessageStartingWith("'deleted_at': shop.sales_order has no field 'deleted_at'. Its fields are: id,");
    }
}
