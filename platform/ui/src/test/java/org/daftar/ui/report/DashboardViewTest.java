package org.daftar.ui.report;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.Locale;
import java.util.Set;
import org.daftar.model.report.ReportDef;
import org.daftar.ui.report.saved.SavedReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An app's dashboard: its menu's reports and the reports managers pinned, each a tile that opens it. */
class DashboardViewTest {

    private final ReportTestContext context = ReportTestContext.get();

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aManagerPinsASavedReportThatOnlyUsersItIsSharedWithSeeOnTheDashboard() {
        ReportDef lowStock = context.definitions.app("shop").orElseThrow().report("low_stock").orElseThrow();
        SavedReport saved = context.savedReports.save(new SavedReport(null, "shop", "Low stock for managers", "sara",
                Set.of("manager"), lowStock, null, 0));
        context.startVaadin(Locale.ENGLISH, "sara", "manager");
        UI.getCurrent().navigate("apps/shop/reports/" + saved.id());
        _click(_get(Button.class, spec -> spec.withId("report-pin")));

        UI.getCurrent().navigate("apps/shop/dashboard");
        assertThat(_find(Div.class, spec -> spec.withClasses("daftar-dashboard-tile")))
                .extracting(tile -> tile.getId().orElseThrow())
                .contains("tile-sales_by_month", "tile-low_stock", "tile-" + saved.id());
        assertThat(_get(Div.class, spec -> spec.withId("tile-sales_by_month")).getChildren())
                .anyMatch(ChartView.class::isInstance);
        assertThat(_get(Div.class, spec -> spec.withId("tile-low_stock")).getChildren())
                .anyMatch(ResultGrid.class::isInstance);

        _click(_get(Div.class, spec -> spec.withId("tile-" + saved.id())));
        assertThat(_get(H2.class, spec -> spec.withId("report-title")).getText()).isEqualTo("Low stock for managers");
        MockVaadin.tearDown();

        context.startVaadin(Locale.ENGLISH, "omar", "staff");
        UI.getCurrent().navigate("apps/shop/dashboard");
        assertThat(_find(Div.class, spec -> spec.withClasses("daftar-dashboard-tile")))
                .extracting(tile -> tile.getId().orElseThrow())
                .contains("tile-sales_by_month")
                .doesNotContain("tile-" + saved.id());
    }
}
