package org.daftar.ui.list;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import java.util.Set;
import org.daftar.ui.ListTestGateway;
import org.daftar.ui.data.Rights;
import org.junit.jupiter.api.Test;

/** A list shows only what the user's rights allow. */
class ListRightsTest extends ListScreenTest {

    @Test
    void aHiddenFieldIsNeitherAColumnNorAFilterNorInTheExport() {
        ListTestGateway.grant(new Rights(true, true, true, true, true, true, Set.of("status"), Set.of()));

        open("apps/shop/lists/orders?status=in:draft");

        assertThat(list().grid().getColumns()).extracting(Grid.Column::getKey).doesNotContain("status");
        _assertNone(FilterField.class, spec -> spec.withId("filter-status"));
        assertThat(rows()).hasSize(24);
        String csv = new String(com.github.mvysny.kaributesting.v10.DownloadKt._download(
                _get(Anchor.class, spec -> spec.withId("export-csv"))), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("\uFEFFNumber,Customer › Name,Order date,Total");
    }

    @Test
    void withoutTheRightsThereIsNoNewDeleteOrExport() {
        ListTestGateway.grant(new Rights(false, true, false, false, false, false, Set.of(), Set.of()));

        open("apps/shop/lists/orders");

        _assertNone(ActionButton.class, spec -> spec.withId("new-record"));
        _assertNone(ActionButton.class, spec -> spec.withId("delete-selected"));
        _assertNone(Anchor.class, spec -> spec.withId("export-csv"));
        _assertNone(Anchor.class, spec -> spec.withId("export-xlsx"));
        assertThat(list().grid().getSelectionModel()).isInstanceOf(com.vaadin.flow.component.grid.GridSingleSelectionModel.class);
    }

    @Test
    void aListTheUserMayNotReadIsNotFound() {
        ListTestGateway.grant(Rights.NONE);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> open("apps/shop/lists/orders"))
                .hasMessageContaining("orders");
    }
}
