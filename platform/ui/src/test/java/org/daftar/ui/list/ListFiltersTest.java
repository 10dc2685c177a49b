package org.daftar.ui.list;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListFiltersTest extends ListScreenTest {

    @Test
    void aTextFilterKeepsRowsContainingTheTextIgnoringCase() {
        open("apps/shop/lists/products");

        HasValueUtilsKt._setValue(input(TextField.class, "name"), "saffron");

        assertThat(column("name")).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("Saffron"));
        assertThat(rows()).hasSize(50);
        assertThat(url()).isEqualTo("apps/shop/lists/products?name=contains:saffron");
    }

    @Test
    void aTextFilterCanAskForTextsStartingWithIt() {
        open("apps/shop/lists/products");

        HasValueUtilsKt._setValue(mode("sku"), FilterField.Mode.STARTS_WITH);
        HasValueUtilsKt._setValue(input(TextField.class, "sku"), "P-000");

        assertThat(column("sku")).containsExactlyInAnyOrder(
                "P-0001", "P-0002", "P-0003", "P-0004", "P-0005", "P-0006", "P-0007", "P-0008", "P-0009");
    }

    @Test
    void aNumberRangeKeepsRowsBetweenItsEnds() {
        open("apps/shop/lists/products");

        HasValueUtilsKt._setValue(filter("price").getChildren().findFirst().orElseThrow().getChildren()
                .filter(BigDecimalField.class::isInstance).map(BigDecimalField.class::cast).findFirst().orElseThrow(),
                new BigDecimal("10"));
        HasValueUtilsKt._setValue(numberTo("price"), new BigDecimal("20"));

        assertThat(column("price")).containsExactlyInAnyOrder("10", "12.5", "15", "17.5", "20");
        assertThat(list().state().filters()).containsEntry("price", new ColumnFilter.Between("10", "20"));
    }

    @Test
    void aDateRangeKeepsRowsOnAndBetweenItsDays() {
        open("apps/shop/lists/orders");

        DatePicker[] range = filter("order_date").getChildren().findFirst().orElseThrow().getChildren()
                .filter(DatePicker.class::isInstance).map(DatePicker.class::cast).toArray(DatePicker[]::new);
        HasValueUtilsKt._setValue(range[0], LocalDate.of(2026, 2, 1));
        HasValueUtilsKt._setValue(range[1], LocalDate.of(2026, 2, 25));

        assertThat(column("order_date")).containsExactly(
                "Feb 25, 2026", "Feb 20, 2026", "Feb 15, 2026", "Feb 10, 2026", "Feb 5, 2026");
        assertThat(url()).contains("order_date=between:2026-02-01,2026-02-25");
    }

    @Test
    void aChoiceFilterKeepsRowsWithTheChosenOptions() {
        open("apps/shop/lists/orders");

        HasValueUtilsKt._setValue(input(MultiSelectComboBox.class, "status"), Set.of("cancelled"));

        assertThat(column("status")).hasSize(8).containsOnly("cancelled");
    }

    @Test
    void aReferenceFilterSearchesTheReferencedRecordsDisplayName() {
        open("apps/shop/lists/orders");

        HasValueUtilsKt._setValue(input(TextField.class, "customer"), "zahra");

        assertThat(column("customer.name")).hasSize(4).containsOnly("Zahra Foods");

        HasValueUtilsKt._setValue(input(TextField.class, "customer"), "C-0002");

        assertThat(column("customer.name")).hasSize(4).containsOnly("شركة الريان");
    }

    @Test
    void emptyAndNotEmptyFiltersWorkOnEveryKindOfColumn() {
        open("apps/shop/lists/products");

        HasValueUtilsKt._setValue(mode("stock"), FilterField.Mode.EMPTY);

        assertThat(column("stock")).hasSize(32).containsOnly("");
        assertThat(url()).isEqualTo("apps/shop/lists/products?stock=empty");

        HasValueUtilsKt._setValue(mode("stock"), FilterField.Mode.NOT_EMPTY);

        assertThat(column("stock")).hasSize(225 - 32).doesNotContain("");
    }

    @Test
    void theQuickSearchLooksInTheListsSearchFields() {
        open("apps/shop/lists/orders");

        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("quick-search")), "noor");

        assertThat(column("customer.name")).hasSize(4).containsOnly("Al Noor Trading");

        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("quick-search")), "ORD-2026-00012");

        assertThat(column("number")).containsExactly("ORD-2026-00012");
        assertThat(url()).isEqualTo("apps/shop/lists/orders?q=ORD-2026-00012");
    }

    @Test
    void filtersCombineAndClearTogether() {
        open("apps/shop/lists/orders");
        HasValueUtilsKt._setValue(input(MultiSelectComboBox.class, "status"), Set.of("draft", "confirmed"));
        HasValueUtilsKt._setValue(input(TextField.class, "customer"), "Noor");

        assertThat(column("status")).hasSize(4).containsOnly("draft");

        ButtonKt._click(_get(Button.class, spec -> spec.withId("clear-filters")));

        assertThat(rows()).hasSize(24);
        assertThat(input(MultiSelectComboBox.class, "status").getValue()).isEmpty();
        assertThat(url()).isEqualTo("apps/shop/lists/orders");
    }

    /** The filter of {@code path}, after opening the filter panel as a user does (its fields are made then). */
    static FilterField filter(String path) {
        _get(com.vaadin.flow.component.details.Details.class, spec -> spec.withId("filters")).setOpened(true);
        return _get(FilterField.class, spec -> spec.withId("filter-" + path.replace('.', '-')));
    }

    @SuppressWarnings("unchecked")
    static Select<FilterField.Mode> mode(String path) {
        return _get(filter(path), Select.class, spec -> spec.withClasses("filter-mode"));
    }

    static <T extends com.vaadin.flow.component.Component> T input(Class<T> type, String path) {
        return _get(filter(path), type);
    }

    private static BigDecimalField numberTo(String path) {
        return filter(path).getChildren().findFirst().orElseThrow().getChildren()
                .filter(BigDecimalField.class::isInstance).map(BigDecimalField.class::cast).toList().getLast();
    }
}
