package org.daftar.data.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.daftar.data.record.validation.FieldMessage;
import org.daftar.data.record.validation.ValidationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class UniqueKeysTest {

    private static final RecordsDatabase DB = RecordsDatabase.create(8);
    private static final RecordService RECORDS = DB.records;
    private static final WriteContext SARA = WriteContext.of("sara", Locale.ENGLISH);

    @AfterAll
    static void close() {
        DB.close();
    }

    @Test
    void concurrentCreatesWithOneKeySaveOneRecordAndTellTheOthersWhy() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Callable<Object>> creates = IntStream.range(0, 8).mapToObj(i -> (Callable<Object>) () -> {
            try {
                return RECORDS.create("lab.visit", Map.of("code", "RACE"), SARA);
            } catch (ValidationException e) {
                return e.messages();
            }
        }).toList();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> outcome : threads.invokeAll(creates)) {
            outcomes.add(outcome.get());
        }
        threads.shutdown();

        assertThat(outcomes).filteredOn(o -> o instanceof Map).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o instanceof List).hasSize(7)
                .allSatisfy(messages -> assertThat(messages).asList().extracting(m -> ((FieldMessage) m).message())
                        .containsExactly("Another visit already has the code 'RACE'."));
        assertThat(DB.count("select count(*) from lab.visit where code = 'RACE'")).isEqualTo(1);
        assertThat(DB.count("select count(*) from public.daftar_audit a join lab.visit v on v.id = a.record_id "
                + "where a.app = 'lab' and a.entity = 'visit' and v.code = 'RACE'")).isEqualTo(1);
    }

    @Test
    void changingAKeyToOneAnotherRecordHasIsRefused() {
        RECORDS.create("shop.product", Map.of("sku", "U-1", "name", "Dates", "price", 3), SARA);
        long other = (Long) RECORDS.create("shop.product", Map.of("sku", "U-2", "name", "Figs", "price", 3), SARA).get("id");

        assertThatThrownBy(() -> RECORDS.update("shop.product", other, Map.of("version", 0, "name", "Dates"), SARA))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messages()).extracting(FieldMessage::toString)
                        .containsExactly("name: Another product already has the name 'Dates'."));
    }

    @Test
    void aDeletedRecordFreesItsKeys() {
        long first = (Long) RECORDS.create("shop.product", Map.of("sku", "U-3", "name", "Olives", "price", 3), SARA).get("id");
        RECORDS.delete("shop.product", first, 0, SARA);

        assertThat(RECORDS.create("shop.product", Map.of("sku", "U-3", "name", "Olives", "price", 4), SARA)).containsEntry("sku", "U-3");
    }

    @Test
    void aRecordRefusedForOtherReasonsIsAlsoToldOfItsTakenKeysAtOnce() {
        RECORDS.create("shop.product", Map.of("sku", "U-4", "name", "Honey", "price", 3), SARA);

        assertThatThrownBy(() -> RECORDS.create("shop.product", Map.of("sku", "U-4", "name", "Honey 2", "price", -3), SARA))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messages()).extracting(FieldMessage::field)
                        .containsExactly("price"));
        assertThatThrownBy(() -> RECORDS.create("lab.visit", Map.of("code", "U-VISIT"), SARA)
                .equals(RECORDS.create("lab.visit", Map.of("code", "U-VISIT", "visit_date", "2019-01-01"), SARA)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messages()).extracting(FieldMessage::field)
                        .containsExactly("visit_date"));
    }
}
