package org.daftar.data.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.daftar.data.record.ShopRecords.SARA;
import static org.daftar.data.record.ShopRecords.line;
import static org.daftar.data.record.ShopRecords.order;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class AutoNumbersTest {

    private static final RecordsDatabase DB = RecordsDatabase.create(10);
    private static final RecordService RECORDS = DB.records;
    private static final ShopRecords SHOP = new ShopRecords(RECORDS);
    private static final long CUSTOMER = SHOP.customer("C-0301");
    private static final long PRODUCT = SHOP.product("N-1", 10, 100_000);

    @AfterAll
    static void close() {
        DB.close();
    }

    @Test
    void aHundredConcurrentSavesGetAHundredDistinctGapFreeNumbers() throws Exception {
        int before = saved();
        ExecutorService threads = Executors.newFixedThreadPool(10);
        List<Callable<String>> saves = IntStream.range(0, 100).mapToObj(i -> (Callable<String>) () ->
                (String) RECORDS.create("shop.sales_order", order("N-" + i, CUSTOMER, List.of(line(PRODUCT, 1, 10))), SARA)
                        .get("number")).toList();
        List<String> numbers = new ArrayList<>();
        for (Future<String> number : threads.invokeAll(saves)) {
            numbers.add(number.get());
        }
        threads.shutdown();

        List<String> expected = IntStream.rangeClosed(before + 1, before + 100).mapToObj(n -> String.format("ORD-2026-%05d", n)).toList();
        assertThat(numbers).hasSize(100).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aSaveThatRollsBackGivesItsNumberBack() {
        String next = String.format("ORD-2026-%05d", saved() + 1);

        assertThatThrownBy(() -> RECORDS.inTransaction(session -> {
            assertThat(session.create("shop.sales_order", order("N-ROLLBACK", CUSTOMER, List.of(line(PRODUCT, 1, 10))), SARA))
                    .containsEntry("number", next);
            throw new IllegalStateException("changed my mind");
        })).hasMessage("changed my mind");

        assertThat(RECORDS.create("shop.sales_order", order("N-AFTER", CUSTOMER, List.of(line(PRODUCT, 1, 10))), SARA))
                .containsEntry("number", next);
    }

    @Test
    void theCounterRestartsWhenTheTextBeforeItChanges() {
        RecordService nextYear = RecordService.builder(DB.db.dataSource(), RecordsDatabase.DEFINITIONS)
                .fieldTypes(RecordsDatabase.FIELD_TYPES)
                .clock(Clock.fixed(Instant.parse("2027-01-02T06:00:00Z"), RecordsDatabase.RIYADH)).build();

        Map<String, Object> order = nextYear.create("shop.sales_order", order("N-2027", CUSTOMER, List.of(line(PRODUCT, 1, 10))), SARA);

        assertThat(order).containsEntry("number", "ORD-2027-00001");
    }

    private static int saved() {
        return ((Number) DB.db.queryValue("select count(*) from shop.sales_order where number like 'ORD-2026-%'")).intValue();
    }
}
