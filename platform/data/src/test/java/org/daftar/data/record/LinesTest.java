package org.daftar.data.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.daftar.data.record.ShopRecords.SARA;
import static org.daftar.data.record.ShopRecords.line;
import static org.daftar.data.record.ShopRecords.order;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.daftar.data.record.audit.AuditEntry;
import org.daftar.data.record.draft.LineChange;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class LinesTest {

    private static final RecordsDatabase DB = RecordsDatabase.create();
    private static final RecordService RECORDS = DB.records;
    private static final ShopRecords SHOP = new ShopRecords(RECORDS);
    private static final long CUSTOMER = SHOP.customer("C-0201");
    private static final long DATES = SHOP.product("L-DATES", 35.5, 100);
    private static final long COFFEE = SHOP.product("L-COFFEE", 48, 100);
    private static final long TEA = SHOP.product("L-TEA", 12, 100);

    @AfterAll
    static void close() {
        DB.close();
    }

    @Test
    void aRecordAndItsLinesAreSavedTogetherInTheOrderGiven() {
        Map<String, Object> saved = RECORDS.create("shop.sales_order", order("L-1", CUSTOMER,
                List.of(line(COFFEE, 1, 48), line(DATES, 2, 35.5), line(TEA, 3, 12))), SARA);

        List<Map<String, Object>> lines = lines(RECORDS.read("shop.sales_order", (Long) saved.get("id")).orElseThrow());
        assertThat(lines).extracting(l -> l.get("line_no")).containsExactly(1, 2, 3);
        assertThat(lines).extracting(l -> l.get("product")).containsExactly(COFFEE, DATES, TEA);
        assertThat(lines).isEqualTo(lines(saved));
    }

    @Test
    void givenLinesReplaceTheSetKeepingTheIdsOfThoseKept() {
        Map<String, Object> saved = RECORDS.create("shop.sales_order", order("L-2", CUSTOMER,
                List.of(line(COFFEE, 1, 48), line(DATES, 2, 35.5), line(TEA, 3, 12))), SARA);
        long id = (Long) saved.get("id");
        List<Map<String, Object>> before = lines(saved);
        Map<String, Object> teaMore = new HashMap<>(before.get(2));
        teaMore.put("quantity", 5);
        List<Map<String, Object>> after = List.of(teaMore, line(COFFEE, 7, 48), before.get(0));

        Map<String, Object> updated = RECORDS.update("shop.sales_order", id, Map.of("version", 0, "lines", after), SARA);

        List<Map<String, Object>> lines = lines(RECORDS.read("shop.sales_order", id).orElseThrow());
        assertThat(lines).isEqualTo(lines(updated));
        assertThat(lines).extracting(l -> l.get("line_no")).containsExactly(1, 2, 3);
        assertThat(lines).extracting(l -> l.get("product")).containsExactly(TEA, COFFEE, COFFEE);
        assertThat(lines).extracting(l -> l.get("quantity"))
                .containsExactly(new BigDecimal("5.00"), new BigDecimal("7.00"), new BigDecimal("1.00"));
        assertThat(lines.get(0).get("id")).isEqualTo(before.get(2).get("id"));
        assertThat(lines.get(2).get("id")).isEqualTo(before.get(0).get("id"));
        assertThat(lines.get(1).get("id")).isNotIn(before.stream().map(l -> l.get("id")).toList());
        assertThat(DB.count("select count(*) from shop.order_line where parent_id = " + id)).isEqualTo(3);

        AuditEntry audit = RECORDS.history("shop.sales_order", id).getLast();
        assertThat(audit.lines()).extracting(LineChange::action, LineChange::lineNo)
                .containsExactlyInAnyOrder(Tuple.tuple("update", 1), Tuple.tuple("create", 2),
                        Tuple.tuple("update", 3), Tuple.tuple("delete", 2));
    }

    @Test
    void anUpdateWithoutLinesKeepsThem() {
        Map<String, Object> saved = RECORDS.create("shop.sales_order", order("L-3", CUSTOMER, List.of(line(TEA, 1, 12))), SARA);
        long id = (Long) saved.get("id");

        Map<String, Object> updated = RECORDS.update("shop.sales_order", id, Map.of("version", 0, "status", "confirmed"), SARA);

        assertThat(lines(updated)).isEqualTo(lines(saved));
        assertThat(RECORDS.read("shop.sales_order", id).orElseThrow()).isEqualTo(updated);
    }

    @Test
    void aLineTheDatabaseRefusesRollsBackTheWholeRecordItsNumberAndItsAudit() {
        DB.db.execute("create function shop.refuse_13() returns trigger language plpgsql as $$ begin "
                + "if new.quantity = 13 then raise exception 'refused by the test trigger'; end if; return new; end $$");
        DB.db.execute("create trigger refuse_13 before insert on shop.order_line for each row execute function shop.refuse_13()");
        try {
            long orders = DB.count("select count(*) from shop.sales_order");
            long audits = DB.count("select count(*) from public.daftar_audit");
            long lines = DB.count("select count(*) from shop.order_line");
            String next = nextNumber();

            assertThatThrownBy(() -> RECORDS.create("shop.sales_order", order("L-4", CUSTOMER,
                    List.of(line(TEA, 1, 12), line(DATES, 13, 35.5))), SARA))
                    .isInstanceOf(RecordStoreException.class).hasMessageContaining("refused by the test trigger");

            assertThat(DB.count("select count(*) from shop.sales_order")).isEqualTo(orders);
            assertThat(DB.count("select count(*) from shop.order_line")).isEqualTo(lines);
            assertThat(DB.count("select count(*) from public.daftar_audit")).isEqualTo(audits);
            assertThat(RECORDS.create("shop.sales_order", order("L-5", CUSTOMER, List.of(line(TEA, 1, 12))), SARA))
                    .containsEntry("number", next);
        } finally {
            DB.db.execute("drop trigger refuse_13 on shop.order_line");
        }
    }

    @Test
    void aLineOfAnotherRecordCannotBeGiven() {
        Map<String, Object> first = RECORDS.create("shop.sales_order", order("L-6", CUSTOMER, List.of(line(TEA, 1, 12))), SARA);
        Map<String, Object> second = RECORDS.create("shop.sales_order", order("L-7", CUSTOMER, List.of(line(TEA, 1, 12))), SARA);

        assertThatThrownBy(() -> RECORDS.update("shop.sales_order", (Long) second.get("id"),
                Map.of("version", 0, "lines", lines(first)), SARA)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not one of the 'lines' of shop.sales_order " + second.get("id"));
    }

    private String nextNumber() {
        Object last = DB.db.queryValue("select max(number) from shop.sales_order");
        int next = last == null ? 1 : Integer.parseInt(last.toString().substring("ORD-2026-".length())) + 1;
        return String.format("ORD-2026-%05d", next);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(Map<String, Object> order) {
        return new ArrayList<>((List<Map<String, Object>>) order.get("lines"));
    }
}
