package org.daftar.data.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.data.record.ShopRecords.SARA;
import static org.daftar.data.record.ShopRecords.line;
import static org.daftar.data.record.ShopRecords.order;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ComputedFieldsTest {

    private static final RecordsDatabase DB = RecordsDatabase.create();
    private static final RecordService RECORDS = DB.records;
    private static final ShopRecords SHOP = new ShopRecords(RECORDS);
    private static final long CUSTOMER = SHOP.customer("C-0501");
    private static final long DATES = SHOP.product("K-DATES", 35.5, 120);
    private static final long COFFEE = SHOP.product("K-COFFEE", 48, 3);

    @AfterAll
    static void close() {
        DB.close();
    }

    @Test
    void computedFieldsFollowTheLinesBeingSavedAndEachOtherInOrder() {
        Map<String, Object> saved = RECORDS.create("shop.sales_order", order("K-1", CUSTOMER,
                List.of(line(DATES, 2, 35.5), line(COFFEE, 1, 48))), SARA);

        assertThat(saved).containsEntry("subtotal", new BigDecimal("119.0000"))
                .containsEntry("tax", new BigDecimal("17.85"))
                .containsEntry("total", new BigDecimal("136.85"));
        assertThat(lines(saved)).extracting(l -> l.get("amount")).containsExactly(new BigDecimal("71.0000"), new BigDecimal("48.0000"));
        assertThat(RECORDS.read("shop.sales_order", (Long) saved.get("id")).orElseThrow()).isEqualTo(saved);
    }

    @Test
    void changingALineComputesTheTotalsAgain() {
        Map<String, Object> saved = RECORDS.create("shop.sales_order", order("K-2", CUSTOMER, List.of(line(DATES, 2, 35.5))), SARA);
        Map<String, Object> first = new HashMap<>(lines(saved).getFirst());
        first.put("quantity", 4);

        Map<String, Object> updated = RECORDS.update("shop.sales_order", (Long) saved.get("id"), Map.of("version", 0, "lines",
                List.of(first, line(COFFEE, 2, 48))), SARA);

        assertThat(updated).containsEntry("subtotal", new BigDecimal("238.0000")).containsEntry("tax", new BigDecimal("35.70"))
                .containsEntry("total", new BigDecimal("273.70"));
    }

    @Test
    void aComputedConditionIsStored() {
        Map<String, Object> low = RECORDS.create("shop.product", Map.of("sku", "K-LOW", "name", "Low", "price", 1, "stock", 3,
                "reorder_level", 10), SARA);
        Map<String, Object> plenty = RECORDS.update("shop.product", (Long) low.get("id"), Map.of("version", 0, "stock", 30), SARA);

        assertThat(low).containsEntry("low", true);
        assertThat(plenty).containsEntry("low", false);
        assertThat(DB.db.queryValue("select low from shop.product where sku = 'K-LOW'")).isEqualTo(false);
    }

    @Test
    void computedValuesGivenByACallerAreIgnored() {
        Map<String, Object> order = new HashMap<>(order("K-3", CUSTOMER, List.of(line(DATES, 1, 35.5))));
        order.put("total", 1);
        order.put("number", "MINE-1");

        Map<String, Object> saved = RECORDS.create("shop.sales_order", order, SARA);

        assertThat(saved.get("total")).isEqualTo(new BigDecimal("40.83"));
        assertThat((String) saved.get("number")).startsWith("ORD-2026-");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(Map<String, Object> order) {
        return (List<Map<String, Object>>) order.get("lines");
    }
}
