package org.daftar.ui.list;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.util.Set;
import org.daftar.ui.ListTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SavedViewsTest extends ListScreenTest {

    private final SavedViewStore store = ListTestContext.get().getBean(SavedViewStore.class);

    @AfterEach
    void forgetTheViews() {
        store.views(ListTestContext.USER, "shop.orders").forEach(view -> store.delete(ListTestContext.USER, "shop.orders", view.name()));
    }

    @Test
    void aSavedViewKeepsFiltersSortAndColumnsAndAppliesThemWhenChosen() {
        open("apps/shop/lists/orders?cols=number,status,total");
        HasValueUtilsKt._setValue(ListFiltersTest.input(MultiSelectComboBox.class, "status"), Set.of("cancelled"));
        com.github.mvysny.kaributesting.v10.GridKt._sortByKey(list().grid(), "total", SortDirection.DESCENDING);
        saveAs("Cancelled, biggest first");

        open("apps/shop/lists/orders?q=zahra");
        assertThat(rows()).hasSize(4);
        ContextMenuKt._clickItemWithCaption(_get(SavedViewsMenu.class).menu(), "Cancelled, biggest first");

        assertThat(rows()).hasSize(8).first().isEqualTo(java.util.List.of("ORD-2026-00023", "cancelled", "264.5"));
        assertThat(_get(TextField.class, spec -> spec.withId("quick-search")).getValue()).isEmpty();
        assertThat(list().state()).isEqualTo(ListState.of("sort=-total&status=in:cancelled&cols=number,status,total"));
        assertThat(_get(SavedViewsMenu.class).getText()).isEqualTo("Views: Cancelled, biggest first");
    }

    @Test
    void theDefaultViewIsAppliedWhenTheListOpensWithoutAState() {
        open("apps/shop/lists/orders?status=in:draft");
        saveAs("Drafts");
        ContextMenuKt._clickItemWithID(_get(SavedViewsMenu.class).menu(), "default-view");

        open("apps/shop/lists/orders");

        assertThat(column("status")).hasSize(8).containsOnly("draft");
        assertThat(_get(SavedViewsMenu.class).inUse()).isEqualTo("Drafts");
        assertThat(store.defaultView(ListTestContext.USER, "shop.orders")).get()
                .extracting(SavedView::name).isEqualTo("Drafts");

        open("apps/shop/lists/orders?status=in:confirmed");
        assertThat(column("status")).containsOnly("confirmed");
    }

    @Test
    void aViewCanBeRenamedAndDeleted() {
        open("apps/shop/lists/orders?status=in:draft");
        saveAs("Drafts");

        ContextMenuKt._clickItemWithID(_get(SavedViewsMenu.class).menu(), "rename-view");
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("view-name")), "Open drafts");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("view-name-save")));

        assertThat(store.views(ListTestContext.USER, "shop.orders")).extracting(SavedView::name).containsExactly("Open drafts");

        ContextMenuKt._clickItemWithID(_get(SavedViewsMenu.class).menu(), "delete-view");

        assertThat(store.views(ListTestContext.USER, "shop.orders")).isEmpty();
    }

    @Test
    void viewsBelongToTheUserWhoSavedThem() {
        store.save("omar", "shop.orders", "Mine", "status=in%3Adraft");
        try {
            open("apps/shop/lists/orders");

            assertThat(store.views(ListTestContext.USER, "shop.orders")).isEmpty();
            assertThat(_get(SavedViewsMenu.class).menu().getItems())
                    .extracting(item -> item.getText()).doesNotContain("Mine");
        } finally {
            store.delete("omar", "shop.orders", "Mine");
        }
    }

    private static void saveAs(String name) {
        ContextMenuKt._clickItemWithID(_get(SavedViewsMenu.class).menu(), "save-view");
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("view-name")), name);
        ButtonKt._click(_get(Button.class, spec -> spec.withId("view-name-save")));
    }
}
