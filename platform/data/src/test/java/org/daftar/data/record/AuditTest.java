package org.daftar.data.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.daftar.data.record.ShopRecords.SARA;
import static org.daftar.data.record.ShopRecords.line;
import static org.daftar.data.record.ShopRecords.order;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.daftar.data.record.audit.AuditAction;
import org.daftar.data.record.audit.AuditEntry;
import org.daftar.data.record.draft.ValueChange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class AuditTest {

    private static final RecordsDatabase DB = RecordsDatabase.create();
    private static final RecordService RECORDS = DB.records;
    private static final ShopRecords SHOP = new ShopRecords(RECORDS);
    private static final WriteContext OMAR = WriteContext.of("omar", Locale.ENGLISH);

    @AfterAll
    static void close() {
        DB.close();
    }

    @Test
    void everyWriteMadeAddsExactlyOneAuditRowAndARefusedOneNone() {
        long before = DB.count("select count(*) from public.daftar_audit");
        int writes = 0;
        for (int i = 0; i < 20; i++) {
            long id = (Long) RECORDS.create("shop.product", Map.of("sku", "A-" + i, "name", "Audited " + i, "price", 5), SARA).get("id");
            writes++;
            RECORDS.update("shop.product", id, Map.of("version", 0, "price", 6 + i), OMAR);
            writes++;
            RECORDS.update("shop.product", id, RECORDS.read("shop.product", id).orElseThrow(), SARA); // no change: no write
            if (i % 2 == 0) {
                RECORDS.delete("shop.product", id, 1, OMAR);
                writes++;
            }
            if (i % 4 == 0) {
                RECORDS.restore("shop.product", id, SARA);
                writes++;
            }
            catchThrowable(() -> RECORDS.update("shop.product", id, Map.of("version", 0, "price", 1), SARA)); // stale
            catchThrowable(() -> RECORDS.create("shop.product", Map.of("sku", "A-" + id, "price", -1), SARA)); // invalid
        }

        assertThat(DB.count("select count(*) from public.daftar_audit") - before).isEqualTo(writes).isEqualTo(55);
        assertThat(DB.count("select count(*) from public.daftar_audit a join shop.product p on p.id = a.record_id "
                + "where a.entity = 'product' and p.sku like 'A-%'")).isEqualTo(writes);
    }

    @Test
    void anAuditRowSaysWhoWhenWhatBeforeAndAfterAndWhy() {
        long id = (Long) RECORDS.create("shop.product", Map.of("sku", "A-WHO", "name", "Sumac", "price", 14), SARA).get("id");

        RECORDS.update("shop.product", id, Map.of("version", 0, "price", 15, "tags", List.of("sale")), OMAR.because("Supplier price rise"));

        AuditEntry entry = RECORDS.history("shop.product", id).getLast();
        assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(entry.user()).isEqualTo("omar");
        assertThat(entry.at()).isEqualTo(OffsetDateTime.parse("2026-03-10T09:00+03:00"));
        assertThat(entry.version()).isEqualTo(1);
        assertThat(entry.reason()).isEqualTo("Supplier price rise");
        assertThat(entry.changes()).containsExactly(
                Map.entry("price", new ValueChange(new BigDecimal("14.00"), new BigDecimal("15.00"))),
                Map.entry("tags", new ValueChange(null, List.of("sale"))));
        assertThat(DB.db.queryValue("select changes->'price'->>'new' from public.daftar_audit where record_id = " + id
                + " and entity = 'product' and action = 'update'")).isEqualTo("15.00");
    }

    @Test
    void theHistoryOfADeletedRecordCanBeRead() {
        long id = (Long) RECORDS.create("shop.product", Map.of("sku", "A-GONE", "name", "Zaatar", "price", 14), SARA).get("id");
        RECORDS.update("shop.product", id, Map.of("version", 0, "name", "Zaatar mix"), OMAR);
        RECORDS.delete("shop.product", id, 1, OMAR.because("Discontinued"));

        List<AuditEntry> history = RECORDS.history("shop.product", id);

        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.CREATE, AuditAction.UPDATE, AuditAction.DELETE);
        assertThat(history).extracting(AuditEntry::version).containsExactly(0, 1, 2);
        assertThat(history.getFirst().changes()).containsEntry("name", new ValueChange(null, "Zaatar"));
        assertThat(history.get(1).changes()).containsExactly(Map.entry("name", new ValueChange("Zaatar", "Zaatar mix")));
        assertThat(history.getLast().reason()).isEqualTo("Discontinued");
    }

    @Test
    void theLinesOfARecordAreAuditedOnItsEntry() {
        long customer = SHOP.customer("C-0401");
        long product = SHOP.product("A-LINE", 10, 100);
        Map<String, Object> order = RECORDS.create("shop.sales_order", order("A-ORDER", customer, List.of(line(product, 2, 10))), SARA);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = new HashMap<>(((List<Map<String, Object>>) order.get("lines")).getFirst());
        first.put("quantity", 3);

        RECORDS.update("shop.sales_order", (Long) order.get("id"), Map.of("version", 0, "lines", List.of(first)), OMAR);

        List<AuditEntry> history = RECORDS.history("shop.sales_order", (Long) order.get("id"));
        assertThat(history.getFirst().lines()).singleElement().satisfies(line -> {
            assertThat(line.action()).isEqualTo("create");
            assertThat(line.id()).isEqualTo(first.get("id"));
            assertThat(line.changes()).containsEntry("quantity", new ValueChange(null, new BigDecimal("2.00")));
        });
        assertThat(history.getLast().lines()).singleElement().satisfies(line -> {
            assertThat(line.action()).isEqualTo("update");
            assertThat(line.changes()).containsOnlyKeys("quantity", "amount");
        });
        assertThat(history.getLast().changes()).containsOnlyKeys("subtotal", "tax", "total");
    }
}
