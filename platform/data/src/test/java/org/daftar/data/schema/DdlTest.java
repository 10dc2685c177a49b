package org.daftar.data.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.daftar.model.Definitions;
import org.daftar.model.link.FieldTypes;
import org.daftar.testsupport.ShopFixture;
import org.daftar.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DdlTest {

    private static final Definitions SHOP = ShopFixture.definitions();
    private static final TestDatabase DB = TestDatabase.create(2);

    @BeforeAll
    static void createTheShopTables() {
        Ddl.createAll(new TableSpecs(SHOP, new FieldTypes(List.of())).all()).forEach(DB::execute);
    }

    @AfterAll
    static void close() {
        DB.close();
    }

    @Test
    void eachEntityIsARealTableInItsAppSchemaWithTypedColumns() {
        assertThat(DB.queryValue("select data_type from information_schema.columns "
                + "where table_schema = 'shop' and table_name = 'product' and column_name = 'price'")).isEqualTo("numeric");
        assertThat(DB.queryValue("select character_maximum_length from information_schema.columns "
                + "where table_schema = 'shop' and table_name = 'customer' and column_name = 'code'")).isEqualTo(10);
        assertThat(DB.queryValue("select data_type from information_schema.columns "
                + "where table_schema = 'shop' and table_name = 'product' and column_name = 'tags'")).isEqualTo("ARRAY");
    }

    @Test
    void choicesAreCheckedByTheDatabase() {
        DB.execute("insert into shop.customer (code, name, region, created_by) values ('C-0001', 'A', 'west', 'test')");
        assertThatThrownBy(() -> DB.execute(
                "insert into shop.customer (code, name, region, created_by) values ('C-0002', 'B', 'east', 'test')"))
                .hasMessageContaining("customer_region_check1");
    }

    @Test
    void aDeletedRecordFreesItsNaturalKey() {
        DB.execute("insert into shop.product (sku, name, created_by) values ('K-1', 'Kettle', 'test')");
        assertThatThrownBy(() -> DB.execute("insert into shop.product (sku, name, created_by) values ('K-1', 'Kettle 2', 'test')"))
                .hasMessageContaining("product_sku_key");
        DB.execute("update shop.product set deleted_at = now() where sku = 'K-1'");
        DB.execute("insert into shop.product (sku, name, created_by) values ('K-1', 'Kettle 2', 'test')");
        assertThat(DB.queryValue("select count(*) from shop.product where sku = 'K-1'")).isEqualTo(2L);
    }

    @Test
    void linesAreDeletedWithTheirParent() {
        DB.execute("insert into shop.customer (code, name, created_by) values ('C-0009', 'Z', 'test')");
        DB.execute("insert into shop.product (sku, name, created_by) values ('L-1', 'Lamp', 'test')");
        DB.execute("insert into shop.sales_order (number, reference, customer, order_date, created_by) "
                + "select 'ORD-1', 'R-1', c.id, current_date, 'test' from shop.customer c where code = 'C-0009'");
        DB.execute("insert into shop.order_line (parent_id, line_no, product, quantity, unit_price, created_by) "
                + "select o.id, 1, p.id, 2, 10, 'test' from shop.sales_order o, shop.product p where o.reference = 'R-1' and p.sku = 'L-1'");

        DB.execute("delete from shop.sales_order where reference = 'R-1'");

        assertThat(DB.queryValue("select count(*) from shop.order_line")).isEqualTo(0L);
    }

    @Test
    void referencesAreForeignKeysWithAnIndex() {
        assertThat(DB.queryValue("select count(*) from pg_indexes where schemaname = 'shop' and indexname = 'sales_order_customer_idx'"))
                .isEqualTo(1L);
        assertThatThrownBy(() -> DB.execute("insert into shop.sales_order (number, reference, customer, order_date, created_by) "
                + "values ('ORD-9', 'R-9', 999999, current_date, 'test')")).hasMessageContaining("sales_order_customer_fkey");
    }
}
