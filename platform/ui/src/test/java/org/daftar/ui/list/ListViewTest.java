package org.daftar.ui.list;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.List;
import org.daftar.ui.ListTestContext;
import org.daftar.ui.i18n.Language;
import org.daftar.ui.shell.LanguageSwitch;
import org.junit.jupiter.api.Test;

class ListViewTest extends ListScreenTest {

    @Test
    void opensWithTheListsColumnsInItsOwnSortLatestOrderFirst() {
        open("apps/shop/lists/orders");

        assertThat(_get(H2.class, spec -> spec.withId("list-title")).getText()).isEqualTo("Orders");
        assertThat(list().grid().getColumns().stream().map(c -> c.getHeaderText()).toList())
                .containsExactly("Number", "Customer › Name", "Order date", "Status", "Total");
        assertThat(rows()).hasSize(ListTestContext.ORDERS);
        assertThat(rows().getFirst()).containsExactly(
                "ORD-2026-00024", "Al Noor Trading", "May 1, 2026", "draft", "276");
        assertThat(column("order_date").getLast()).isEqualTo("Jan 6, 2026");
    }

    @Test
    void showsAnEstimatedSizeUntilAskedToCountExactly() {
        open("apps/shop/lists/products");

        assertThat(_get(Span.class, spec -> spec.withId("row-count")).getText()).startsWith("About ");
        BasicUtilsKt._fireDomEvent(_get(ActionButton.class, spec -> spec.withId("count-exactly")), "click");

        assertThat(_get(Span.class, spec -> spec.withId("row-count")).getText()).isEqualTo("225 rows");
    }

    @Test
    void appliesTheListsFixedConditionOnlyActiveProductsAreListed() {
        open("apps/shop/lists/products");

        assertThat(rows()).hasSize(225);
        assertThat(column("sku")).doesNotContain("P-0010", "P-0100");
    }

    @Test
    void sortingByAColumnSortsInTheDatabaseAndGoesInTheUrl() {
        open("apps/shop/lists/orders");

        GridKt._sortByKey(list().grid(), "total", SortDirection.ASCENDING);

        assertThat(url()).isEqualTo("apps/shop/lists/orders?sort=total");
        assertThat(column("total")).startsWith("11.5", "23", "34.5");
    }

    @Test
    void doubleClickingARowOpensItInTheListsForm() {
        open("apps/shop/lists/orders");
        ListRow first = GridKt._get(list().grid(), 0);

        GridKt._doubleClickItem(list().grid(), 0);

        assertThat(_get(ListTestFormStub.class).opened()).isEqualTo("shop/sales_order/" + first.id());
    }

    @Test
    void enterOnTheFocusedRowOpensIt() {
        open("apps/shop/lists/orders");
        ListGrid grid = list().grid();
        ListRow third = GridKt._get(grid, 2);
        String key = grid.getDataCommunicator().getKeyMapper().key(third);
        com.vaadin.flow.component.ComponentUtil.fireEvent(grid,
                new com.vaadin.flow.component.grid.CellFocusEvent<>(grid, true, key, null, "body"));

        com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut(grid, com.vaadin.flow.component.Key.ENTER);

        assertThat(_get(ListTestFormStub.class).opened()).isEqualTo("shop/sales_order/" + third.id());
    }

    @Test
    void newOpensTheFormForANewRecord() {
        open("apps/shop/lists/orders");

        BasicUtilsKt._fireDomEvent(_get(ActionButton.class, spec -> spec.withId("new-record")), "click");

        assertThat(_get(ListTestFormStub.class).opened()).isEqualTo("shop/sales_order/new");
    }

    @Test
    void aListWithoutAFormOffersNoNewButton() {
        open("apps/shop/lists/products");

        LocatorJ._assertNone(ActionButton.class, spec -> spec.withId("new-record"));
    }

    @Test
    void inArabicTheListIsRightToLeftWithArabicLabelsNumbersAndDates() {
        open("apps/shop/lists/orders");

        HasValueUtilsKt._setValue(_get(LanguageSwitch.class), Language.ARABIC);

        assertThat(documentDirection()).isEqualTo("rtl");
        assertThat(_get(H2.class, spec -> spec.withId("list-title")).getText()).isEqualTo("الطلبات");
        assertThat(list().grid().getColumns().stream().map(Grid.Column::getHeaderText).toList())
                .contains("عميل › الاسم");
        List<String> first = rows().getFirst();
        assertThat(first.get(2)).isEqualTo("01\u200f/05\u200f/2026");
        assertThat(first.get(4)).isEqualTo(java.text.NumberFormat.getNumberInstance(Language.ARABIC.locale()).format(276));
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("الطلبات");
    }

    @Test
    void anUnknownListIsNotFound() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> open("apps/shop/lists/nothing"))
                .hasMessageContaining("nothing");
    }
}
