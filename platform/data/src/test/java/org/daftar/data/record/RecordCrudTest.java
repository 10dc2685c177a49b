package org.daftar.data.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.daftar.data.record.validation.ValidationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class RecordCrudTest {

    private static final RecordsDatabase DB = RecordsDatabase.create();
    private static final RecordService RECORDS = DB.records;
    private static final WriteContext SARA = WriteContext.of("sara", Locale.ENGLISH);
    private static final WriteContext OMAR = WriteContext.of("omar", Locale.ENGLISH);

    @AfterAll
    static void close() {
        DB.close();
    }

    @Test
    void aCreatedRecordReadsBackAsItWasSavedWithDefaultsAndComputedValues() {
        Map<String, Object> saved = RECORDS.create("shop.product", Map.of("sku", "CRUD-1", "name", "Green tea", "price", 12.5,
                "tags", List.of("new"), "photo", Map.of("name", "tea.png", "mediaType", "image/png", "size", 2048)), SARA);

        assertThat(saved.get("id")).isInstanceOf(Long.class);
        assertThat(saved).containsEntry("version", 0).containsEntry("price", new BigDecimal("12.50"))
                .containsEntry("stock", new BigDecimal("0.000")).containsEntry("reorder_level", 5L)
                .containsEntry("vat", new BigDecimal("15.00")).containsEntry("active", true)
                .containsEntry("low", true).containsEntry("created_by", "sara").containsEntry("tags", List.of("new"));
        assertThat(RECORDS.read("shop.product", (Long) saved.get("id"))).contains(saved);
    }

    @Test
    void valuesOfEveryKindRoundTrip() {
        Map<String, Object> customer = RECORDS.create("shop.customer", Map.of("code", "C-7001", "name", "Round trip"), SARA);
        Map<String, Object> product = RECORDS.create("shop.product", Map.of("sku", "CRUD-RT", "name", "Round", "price", 3,
                "stock", 50), SARA);
        Map<String, Object> order = new HashMap<>(Map.of("reference", "RT-1", "customer", customer.get("id"),
                "order_date", "2026-03-01", "delivery_at", "2026-03-02T10:00", "delivery_slot", "10:30",
                "lines", List.of(Map.of("product", product.get("id"), "quantity", 2, "unit_price", 3))));

        Map<String, Object> saved = RECORDS.create("shop.sales_order", order, SARA);

        assertThat(saved).containsEntry("order_date", LocalDate.of(2026, 3, 1))
                .containsEntry("delivery_at", OffsetDateTime.parse("2026-03-02T10:00+03:00"))
                .containsEntry("delivery_slot", LocalTime.of(10, 30)).containsEntry("status", "draft");
        assertThat(RECORDS.read("shop.sales_order", (Long) saved.get("id"))).contains(saved);
    }

    @Test
    void anUpdateChangesOnlyTheFieldsGivenAndIncrementsTheVersion() {
        Map<String, Object> tea = RECORDS.create("shop.product", Map.of("sku", "CRUD-2", "name", "Black tea", "price", 10), SARA);
        long id = (Long) tea.get("id");

        Map<String, Object> updated = RECORDS.update("shop.product", id, Map.of("version", 0, "price", 11), OMAR);

        assertThat(updated).containsEntry("version", 1).containsEntry("price", new BigDecimal("11.00"))
                .containsEntry("name", "Black tea").containsEntry("updated_by", "omar").containsEntry("created_by", "sara");
        assertThat(RECORDS.read("shop.product", id)).contains(updated);
    }

    @Test
    void anUpdateThatChangesNothingWritesNothing() {
        Map<String, Object> tea = RECORDS.create("shop.product", Map.of("sku", "CRUD-3", "name", "White tea", "price", 10), SARA);
        long id = (Long) tea.get("id");

        Map<String, Object> same = RECORDS.update("shop.product", id, tea, OMAR);

        assertThat(same).containsEntry("version", 0);
        assertThat(RECORDS.history("shop.product", id)).hasSize(1);
    }

    @Test
    void aDeletedRecordIsKeptMarkedDeletedAndCanBeRestored() {
        Map<String, Object> tea = RECORDS.create("shop.product", Map.of("sku", "CRUD-4", "name", "Mint tea", "price", 9), SARA);
        long id = (Long) tea.get("id");

        Map<String, Object> deleted = RECORDS.delete("shop.product", id, 0, OMAR);
        assertThat(deleted).containsEntry("version", 1).containsEntry("deleted_by", "omar");
        assertThat(RECORDS.read("shop.product", id).orElseThrow().get("deleted_at")).isNotNull();

        Map<String, Object> restored = RECORDS.restore("shop.product", id, SARA);
        assertThat(restored).containsEntry("version", 2).containsEntry("deleted_at", null).containsEntry("name", "Mint tea");
        assertThat(RECORDS.read("shop.product", id).orElseThrow().get("deleted_at")).isNull();
    }

    @Test
    void aDeletedRecordCannotBeChangedUntilRestored() {
        Map<String, Object> tea = RECORDS.create("shop.product", Map.of("sku", "CRUD-5", "name", "Chai", "price", 9), SARA);
        long id = (Long) tea.get("id");
        RECORDS.delete("shop.product", id, 0, OMAR);

        assertThatThrownBy(() -> RECORDS.update("shop.product", id, Map.of("version", 1, "price", 10), SARA))
                .isInstanceOf(RecordConflictException.class)
                .hasMessage("This product was deleted by omar at 2026-03-10 09:00: restore it before changing it.");
    }

    @Test
    void aRecordCannotBeRestoredWhenAnotherHasTakenItsKey() {
        long first = (Long) RECORDS.create("shop.product", Map.of("sku", "CRUD-6", "name", "Rooibos", "price", 9), SARA).get("id");
        RECORDS.delete("shop.product", first, 0, SARA);
        RECORDS.create("shop.product", Map.of("sku", "CRUD-6", "name", "Rooibos 2", "price", 9), SARA);

        assertThatThrownBy(() -> RECORDS.restore("shop.product", first, SARA))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messages()).extracting(m -> m.message())
                        .containsExactly("Another product already has the sku 'CRUD-6'."));
    }

    @Test
    void restoringARecordThatIsNotDeletedIsRefused() {
        long id = (Long) RECORDS.create("shop.product", Map.of("sku", "CRUD-7", "name", "Oolong", "price", 9), SARA).get("id");

        assertThatThrownBy(() -> RECORDS.restore("shop.product", id, SARA)).isInstanceOf(RecordConflictException.class)
                .hasMessage("This product is not deleted, so there is nothing to restore.");
    }

    @Test
    void aMissingRecordIsNotFound() {
        assertThat(RECORDS.read("shop.product", 999_999)).isEmpty();
        assertThatThrownBy(() -> RECORDS.update("shop.product", 999_999, Map.of("version", 0), WriteContext.of("sara",
                Locale.forLanguageTag("ar")))).isInstanceOf(RecordNotFoundException.class).hasMessage("لا يوجد منتج بالرقم 999999.");
    }

    @Test
    void anUnknownEntityIsACallersMistake() {
        assertThatThrownBy(() -> RECORDS.create("shop.nothing", Map.of(), SARA)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("There is no entity 'shop.nothing'");
        assertThatThrownBy(() -> RECORDS.create("shop.order_line", Map.of(), SARA)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("read and save them with their parent");
    }
}
