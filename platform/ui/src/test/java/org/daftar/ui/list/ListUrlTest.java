package org.daftar.ui.list;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListUrlTest extends ListScreenTest {

    @Test
    void openingABookmarkedUrlShowsItsFiltersSortAndSearchApplied() {
        open("apps/shop/lists/orders?sort=-total&status=in:draft,confirmed&customer=contains:noor");

        assertThat(column("total")).containsExactly("276", "207", "138", "69");
        assertThat(column("customer.name")).containsOnly("Al Noor Trading");
        assertThat(ListFiltersTest.input(MultiSelectComboBox.class, "status").getValue())
                .containsExactlyInAnyOrder("draft", "confirmed");
        assertThat(ListFiltersTest.input(TextField.class, "customer").getValue()).isEqualTo("noor");
        assertThat(list().grid().getSortOrder()).singleElement().satisfies(order -> {
            assertThat(order.getSorted().getKey()).isEqualTo("total");
            assertThat(order.getDirection()).isEqualTo(SortDirection.DESCENDING);
        });
    }

    @Test
    void everyChangeIsWrittenToTheUrlInAReadableForm() {
        open("apps/shop/lists/orders");

        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(
                ListFiltersTest.input(MultiSelectComboBox.class, "status"), java.util.Set.of("draft", "confirmed"));
        com.github.mvysny.kaributesting.v10.GridKt._sortByKey(list().grid(), "number", SortDirection.DESCENDING);

        assertThat(url()).isEqualTo("apps/shop/lists/orders?sort=-number&status=in:draft,confirmed");
        assertThat(ListState.of(list().url().substring(list().url().indexOf('?') + 1))).isEqualTo(list().state());
    }

    @Test
    void aUrlNamesTheColumnsShownAndTheChooserFollowsIt() {
        open("apps/shop/lists/orders?cols=number,total");

        assertThat(shownColumns()).containsExactly("number", "total");
        assertThat(rows().getFirst()).containsExactly("ORD-2026-00024", "276");
    }

    @Test
    void hidingAColumnInTheChooserHidesItAndGoesInTheUrl() {
        open("apps/shop/lists/orders");

        ContextMenuKt._clickItemWithID(_get(ColumnChooser.class).menu(), "column-status");

        assertThat(shownColumns()).containsExactly("number", "customer.name", "order_date", "total");
        assertThat(url()).isEqualTo("apps/shop/lists/orders?cols=number,customer.name,order_date,total");
        assertThat(_get(ColumnChooser.class).menu().getItems()).filteredOn(item -> item.isChecked())
                .extracting(item -> item.getId().orElseThrow())
                .containsExactly("column-number", "column-customer-name", "column-order_date", "column-total");
    }

    @Test
    void theColumnMenuIsMadeWhenTheUserOpensIt() {
        open("apps/shop/lists/orders?cols=number,total");
        ColumnChooser chooser = _get(ColumnChooser.class);
        com.vaadin.flow.component.contextmenu.ContextMenu menu = chooser.menu();
        menu.removeAll();

        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("columns")), "vaadin-context-menu-before-open", tools.jackson.databind.node.JsonNodeFactory.instance.objectNode());

        assertThat(menu.getItems()).extracting(item -> item.getText() + (item.isChecked() ? " ✓" : ""))
                .containsExactly("Number ✓", "Customer › Name", "Order date", "Status", "Total ✓");
    }

    @Test
    void openingAnotherUrlOfTheSameListShowsItsState() {
        open("apps/shop/lists/orders?status=in:cancelled");
        assertThat(rows()).hasSize(8);

        open("apps/shop/lists/orders?q=zahra");

        assertThat(rows()).hasSize(4);
        assertThat(ListFiltersTest.input(MultiSelectComboBox.class, "status").getValue()).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withId("quick-search")).getValue()).isEqualTo("zahra");
    }

    @Test
    void whatAUrlCannotSayIsLeftOut() {
        open("apps/shop/lists/orders?sort=-nothing&status=weird:1&total=between:x,y&DROP%20TABLE=1");

        assertThat(rows()).hasSize(24);
    }

    private static List<String> shownColumns() {
        return list().grid().getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }
}
