package org.daftar.ui.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.daftar.ui.ListTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SavedViewStoreTest {

    private static final String LIST = "shop.products";

    private final SavedViewStore store = new SavedViewStore(ListTestContext.database().dataSource());

    @AfterEach
    void forget() {
        for (String owner : new String[] {"huda", "omar"}) {
            store.views(owner, LIST).forEach(view -> store.delete(owner, LIST, view.name()));
        }
    }

    @Test
    void savingUnderATakenNameReplacesThatViewsState() {
        store.save("huda", LIST, "Cheap", "price=between:,10");
        store.save("huda", LIST, "Cheap", "price=between:,5");

        assertThat(store.views("huda", LIST)).containsExactly(new SavedView("Cheap", "price=between:,5", false));
    }

    @Test
    void onlyOneViewIsTheDefault() {
        store.save("huda", LIST, "A", "q=a");
        store.save("huda", LIST, "B", "q=b");
        store.setDefault("huda", LIST, "A");
        store.setDefault("huda", LIST, "B");

        assertThat(store.defaultView("huda", LIST)).get().extracting(SavedView::name).isEqualTo("B");
        assertThat(store.views("huda", LIST)).filteredOn(SavedView::isDefault).hasSize(1);

        store.setDefault("huda", LIST, null);
        assertThat(store.defaultView("huda", LIST)).isEmpty();
    }

    @Test
    void aViewCannotBeRenamedToAnotherViewsName() {
        store.save("huda", LIST, "A", "q=a");
        store.save("huda", LIST, "B", "q=b");

        assertThat(store.rename("huda", LIST, "A", "B")).isFalse();
        assertThat(store.rename("huda", LIST, "A", "C")).isTrue();
        assertThat(store.views("huda", LIST)).extracting(SavedView::name).containsExactly("B", "C");
    }

    @Test
    void eachUserHasTheirOwnViewsEvenUnderTheSameName() {
        store.save("huda", LIST, "Mine", "q=huda");
        store.save("omar", LIST, "Mine", "q=omar");
        store.delete("omar", LIST, "Mine");

        assertThat(store.views("huda", LIST)).containsExactly(new SavedView("Mine", "q=huda", false));
        assertThat(store.views("omar", LIST)).isEmpty();
    }

    @Test
    void aViewNeedsAName() {
        assertThatThrownBy(() -> store.save("huda", LIST, "  ", "q=x")).hasMessageContaining("name");
    }
}
