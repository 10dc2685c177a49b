package org.daftar.ui.list;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.daftar.ui.ListTestContext;
import org.junit.jupiter.api.Test;

class BulkDeleteTest extends ListScreenTest {

    @Test
    void deletingSelectedRowsRemovesThemAndUndoBringsThemBack() {
        open("apps/shop/lists/orders?customer=contains:zahra");
        List<ListRow> rows = GridKt._fetch(list().grid(), 0, 10);
        assertThat(rows).hasSize(4);
        ActionButton delete = _get(ActionButton.class, spec -> spec.withId("delete-selected"));
        assertThat(delete.isEnabled()).isFalse();

        list().grid().select(rows.get(0));
        list().grid().select(rows.get(1));
        try {
            assertThat(delete.isEnabled()).isTrue();
            BasicUtilsKt._fireDomEvent(delete, "click");
            MockVaadin.clientRoundtrip(false);

            assertThat(rows()).hasSize(2);
        assertThat(ListTestContext.database().queryValue(
                "select count(*) from shop.sales_order where deleted_at is not null and id in (" + rows.get(0).id() + ", "
                        + rows.get(1).id() + ")")).isEqualTo(2L);
            assertThat(NotificationsKt.getNotifications()).singleElement()
                    .satisfies(n -> assertThat(n.getElement().getTextRecursively()).contains("2 records deleted"));

            ButtonKt._click(_get(Button.class, spec -> spec.withId("undo-delete")));
            MockVaadin.clientRoundtrip(false);

            assertThat(rows()).hasSize(4);
            assertThat(ListTestContext.database().queryValue(
                    "select count(*) from shop.sales_order where deleted_at is not null")).isEqualTo(0L);
            NotificationsKt.expectNotifications("2 records restored");
        } finally {
            ListTestContext.database().execute("update shop.sales_order set deleted_at = null, deleted_by = null");
        }
    }

    @Test
    void aRowChangedSinceItWasReadIsNotDeleted() {
        open("apps/shop/lists/orders?customer=contains:baraka");
        List<ListRow> rows = GridKt._fetch(list().grid(), 0, 10);
        ListRow first = rows.getFirst();
        ListTestContext.database().execute("update shop.sales_order set version = version + 1 where id = " + first.id());
        try {
            list().grid().select(first);
            ActionButton delete = _get(ActionButton.class, spec -> spec.withId("delete-selected"));
            assertThat(delete.isEnabled()).isTrue();
            BasicUtilsKt._fireDomEvent(delete, "click");
            MockVaadin.clientRoundtrip(false);

            assertThat(rows()).hasSize(rows.size());
            assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(n -> assertThat(
                    n.getElement().getTextRecursively())
                    .isEqualTo("No records deleted — 1 could not be deleted (changed meanwhile or not allowed)Undo"));
        } finally {
            ListTestContext.database().execute("update shop.sales_order set version = version - 1 where id = " + first.id());
        }
    }
}
