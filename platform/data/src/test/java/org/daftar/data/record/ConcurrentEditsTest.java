package org.daftar.data.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ConcurrentEditsTest {

    private static final RecordsDatabase DB = RecordsDatabase.create(4);
    private static final RecordService RECORDS = DB.records;
    private static final WriteContext SARA = WriteContext.of("sara", Locale.ENGLISH);
    private static final WriteContext OMAR = WriteContext.of("omar", Locale.ENGLISH);

    @AfterAll
    static void close() {
        DB.close();
    }

    @Test
    void twoConcurrentEditsOfOneRecordEndWithOneSavedAndTheOtherToldWhoChangedWhat() throws Exception {
        long id = (Long) RECORDS.create("shop.product", Map.of("sku", "E-1", "name", "Cardamom", "price", 20, "stock", 5), SARA).get("id");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> edits = new ArrayList<>();
        edits.add(pool.submit(() -> edit(start, id, Map.of("version", 0, "price", 25), SARA)));
        edits.add(pool.submit(() -> edit(start, id, Map.of("version", 0, "stock", 9), OMAR)));
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> edit : edits) {
            outcomes.add(edit.get());
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn(o -> o instanceof Map).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof StaleRecordException).hasSize(1);
        Map<String, Object> now = RECORDS.read("shop.product", id).orElseThrow();
        assertThat(now).containsEntry("version", 1);
        StaleRecordException refused = (StaleRecordException) outcomes.stream().filter(o -> o instanceof StaleRecordException)
                .findFirst().orElseThrow();
        if ("sara".equals(now.get("updated_by"))) {
            assertThat(now).containsEntry("price", new BigDecimal("25.00")).containsEntry("stock", new BigDecimal("5.000"));
            assertThat(refused).hasMessage("This product was changed after you opened it: sara changed price at 2026-03-10 09:00. "
                    + "Nothing was saved: reload it and make your changes again.");
        } else {
            assertThat(now).containsEntry("price", new BigDecimal("20.00")).containsEntry("stock", new BigDecimal("9.000"));
            assertThat(refused).hasMessage("This product was changed after you opened it: omar changed stock at 2026-03-10 09:00. "
                    + "Nothing was saved: reload it and make your changes again.");
        }
        assertThat(refused.expectedVersion()).isZero();
        assertThat(refused.currentVersion()).isEqualTo(1);
        assertThat(refused.changes()).hasSize(1);
        assertThat(RECORDS.history("shop.product", id)).hasSize(2);
    }

    @Test
    void aStaleSaveIsToldEveryChangeSinceInTheWritersLanguage() {
        long id = (Long) RECORDS.create("shop.product", Map.of("sku", "E-2", "name", "Saffron", "price", 80), SARA).get("id");
        RECORDS.update("shop.product", id, Map.of("version", 0, "price", 85, "description", "Persian"), OMAR);
        RECORDS.delete("shop.product", id, 1, OMAR);
        RECORDS.restore("shop.product", id, OMAR);

        assertThatThrownBy(() -> RECORDS.update("shop.product", id, Map.of("version", 0, "name", "Saffron threads"),
                WriteContext.of("sara", Locale.forLanguageTag("ar"))))
                .isInstanceOf(StaleRecordException.class)
                .hasMessage("تم تعديل هذا السجل (منتج) بعد أن فتحته: عدّل omar description وprice في 2026-03-10 09:00؛ "
                        + "حذفه omar في 2026-03-10 09:00؛ استعاده omar في 2026-03-10 09:00. "
                        + "لم يُحفظ شيء: أعد تحميله ثم أدخل تعديلاتك من جديد.");
        assertThat(RECORDS.read("shop.product", id).orElseThrow()).containsEntry("name", "Saffron");
    }

    private static Object edit(CountDownLatch start, long id, Map<String, Object> changes, WriteContext who) throws InterruptedException {
        start.await();
        try {
            return RECORDS.update("shop.product", id, changes, who);
        } catch (StaleRecordException e) {
            return e;
        }
    }
}
