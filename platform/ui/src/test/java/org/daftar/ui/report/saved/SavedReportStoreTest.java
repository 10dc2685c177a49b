package org.daftar.ui.report.saved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.daftar.model.Definitions;
import org.daftar.model.report.ReportDef;
import org.daftar.testsupport.ShopFixture;
import org.daftar.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Saved reports on PostgreSQL: who sees them, who changes them, and saves that crossed. */
class SavedReportStoreTest {

    private static TestDatabase db;
    private static SavedReportStore store;
    private static DashboardTiles tiles;
    private final Definitions shop = ShopFixture.definitions();

    @BeforeAll
    static void database() throws IOException {
        db = TestDatabase.create(2);
        try (InputStream in = SavedReportStoreTest.class.getResourceAsStream("/db/migration/V7__saved_reports.sql")) {
            db.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        store = new SavedReportStore(db.dataSource());
        tiles = new DashboardTiles(db.dataSource());
    }

    @Test
    void theOwnerAdminsAndSharedRolesSeeAReportOthersDoNot() {
        SavedReport saved = store.save(report("Stock", "sara", Set.of("shop.clerk")));

        assertThat(store.find(saved.id(), "sara", Set.of("staff"))).isPresent();
        assertThat(store.find(saved.id(), "root", Set.of("admin"))).isPresent();
        assertThat(store.find(saved.id(), "layla", Set.of("staff", "shop.clerk"))).isPresent();
        assertThat(store.find(saved.id(), "omar", Set.of("staff", "manager"))).isEmpty();
        assertThat(store.visible("shop", "omar", Set.of("manager"))).extracting(SavedReport::id).doesNotContain(saved.id());
        assertThat(store.find(saved.id(), "sara", Set.of()).orElseThrow().definition()).isEqualTo(saved.definition());
    }

    @Test
    void aChangeSavedOverAnOlderVersionIsRefused() {
        SavedReport first = store.save(report("Orders", "sara", Set.of()));
        SavedReport renamed = store.save(new SavedReport(first.id(), "shop", "Orders 2", "sara", Set.of("manager"),
                first.definition(), first.updatedAt(), first.version()));

        assertThat(renamed.version()).isEqualTo(first.version() + 1);
        assertThat(renamed.sharedRoles()).containsExactly("manager");
        assertThatThrownBy(() -> store.save(first)).isInstanceOf(StaleReportException.class);
    }

    @Test
    void onlyTheOwnerOrAnAdminDeletes() {
        SavedReport saved = store.save(report("Temp", "sara", Set.of("manager")));

        assertThat(store.delete(saved.id(), "omar", Set.of("manager"))).isFalse();
        assertThat(store.delete(saved.id(), "sara", Set.of("manager"))).isTrue();
        assertThat(store.find(saved.id(), "sara", Set.of())).isEmpty();
    }

    @Test
    void dashboardTilesKeepTheirOrderAndArePinnedOnce() {
        tiles.pin("shop", "report:low_stock", "sara");
        tiles.pin("shop", "saved:7", "sara");
        tiles.pin("shop", "report:low_stock", "omar");

        assertThat(tiles.of("shop")).extracting(DashboardTiles.Tile::reportRef).containsExactly("report:low_stock", "saved:7");
        tiles.unpin("shop", "report:low_stock");
        assertThat(tiles.of("shop")).extracting(DashboardTiles.Tile::reportRef).containsExactly("saved:7");
    }

    private SavedReport report(String name, String owner, Set<String> roles) {
        ReportDef definition = shop.app("shop").orElseThrow().report("sales_by_month").orElseThrow();
        return new SavedReport(null, "shop", name, owner, roles, definition, null, 0);
    }
}
