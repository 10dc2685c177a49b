package org.daftar.data.record;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Small helpers that make shop records for the tests. */
final class ShopRecords {

    static final WriteContext SARA = WriteContext.of("sara", Locale.ENGLISH);

    private final RecordService records;

    ShopRecords(RecordService records) {
        this.records = records;
    }

    long customer(String code) {
        return (Long) records.create("shop.customer", Map.of("code", code, "name", "Customer " + code), SARA).get("id");
    }

    long product(String sku, Object price, Object stock) {
        return (Long) records.create("shop.product", Map.of("sku", sku, "name", "Product " + sku, "price", price, "stock", stock), SARA)
                .get("id");
    }

    static Map<String, Object> line(long product, Object quantity, Object unitPrice) {
        return Map.of("product", product, "quantity", quantity, "unit_price", unitPrice);
    }

    static Map<String, Object> order(String reference, long customer, List<Map<String, Object>> lines) {
        return Map.of("reference", reference, "customer", customer, "order_date", "2026-03-01", "lines", lines);
    }
}
