package org.daftar.ui.report;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daftar.model.Definitions;
import org.daftar.ui.runtime.RuntimeHolder;
import org.daftar.model.app.App;
import org.daftar.model.app.MenuItem;
import org.daftar.model.report.ChartDef;
import org.daftar.model.report.ChartDef.ChartType;
import org.daftar.model.report.ReportDef;
import org.daftar.query.Result;
import org.daftar.query.model.ReportQueries;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.shell.MainLayout;
import org.daftar.ui.i18n.Language;
import org.daftar.ui.report.saved.DashboardTiles;
import org.daftar.ui.report.saved.SavedReportStore;

/**
 * An app's dashboard: a tile per report of the app's menu and per report managers pinned to it
 * (saved ones only for users who may open them), each showing the report's chart, its number or
 * its first rows; a click on a tile opens the report.
 */
@Route(value = "apps/:app/dashboard", layout = MainLayout.class)
@PermitAll
public class DashboardView extends VerticalLayout implements BeforeEnterObserver {

    /** The rows a tile without a chart shows. */
    static final int TILE_ROWS = 5;

    private final DataGateway gateway;
    private final RuntimeHolder runtime;
    /** The definitions in force when the view was made or last entered. */
    private Definitions definitions;
    private final SavedReportStore savedReports;
    private final DashboardTiles tiles;

    public DashboardView(DataGateway gateway, RuntimeHolder runtime, SavedReportStore savedReports, DashboardTiles tiles) {
        this.gateway = gateway;
        this.runtime = runtime;
        this.definitions = runtime.current().definitions();
        this.savedReports = savedReports;
        this.tiles = tiles;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        definitions = runtime.current().definitions();
        removeAll();
        Language language = Language.of(getLocale());
        Optional<App> app = event.getRouteParameters().get("app").flatMap(definitions::app);
        if (app.isEmpty()) {
            Paragraph missing = new Paragraph(getTranslation("report.notFound"));
            missing.setId("dashboard-message");
            add(missing);
            return;
        }
        add(new H2(app.get().label().in(language.code()) + " — " + getTranslation("report.dashboard.title")));
        Map<String, Tile> shown = tilesOf(app.get(), language);
        if (shown.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("report.dashboard.empty"));
            empty.setId("dashboard-message");
            add(empty);
            return;
        }
        FlexLayout grid = new FlexLayout();
        grid.setId("dashboard-tiles");
        grid.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        grid.getStyle().set("gap", "var(--lumo-space-m)");
        grid.setWidthFull();
        ReportFields fields = new ReportFields(definitions, language);
        shown.forEach((route, tile) -> grid.add(tile(app.get(), route, tile, fields, language)));
        add(grid);
    }

    /** A report on the dashboard, with the title it shows. */
    record Tile(String title, ReportDef report) {}

    /** The menu's reports, then the pinned ones, by the route part that opens each. */
    private Map<String, Tile> tilesOf(App app, Language language) {
        Map<String, Tile> shown = new LinkedHashMap<>();
        for (String id : menuReports(app.def().menu())) {
            app.report(id).ifPresent(report -> shown.put(id, new Tile(title(report, language), report)));
        }
        for (DashboardTiles.Tile pinned : tiles.of(app.id())) {
            String ref = pinned.reportRef();
            if (ref.startsWith("report:")) {
                String id = ref.substring("report:".length());
                app.report(id).ifPresent(report -> shown.putIfAbsent(id, new Tile(title(report, language), report)));
            } else if (ref.startsWith("saved:") && ref.substring("saved:".length()).matches("\\d{1,18}")) {
                long id = Long.parseLong(ref.substring("saved:".length()));
                savedReports.find(id, gateway.user(), gateway.roles())
                        .ifPresent(saved -> shown.putIfAbsent(String.valueOf(id), new Tile(saved.name(), saved.definition())));
            }
        }
        return shown;
    }

    private Component tile(App app, String route, Tile tile, ReportFields fields, Language language) {
        Div card = new Div();
        card.setId("tile-" + route);
        card.addClassName("daftar-dashboard-tile");
        card.getStyle().set("flex", "1 1 22em").set("max-width", "40em").set("cursor", "pointer")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        card.add(new H4(tile.title()));
        card.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("apps/" + app.id() + "/reports/" + route)));
        ReportDef report = tile.report();
        try {
            Map<String, Object> params = new ReportParameters(Clock.systemDefaultZone()).defaults(report);
            Result result = gateway.run(ReportQueries.of(fields.withTypedValues(report)), params);
            ChartDef chart = report.chart() != null ? report.chart()
                    : report.isGrouped() ? ChartOptions.defaultChart(result, report.groupBy().size()) : null;
            CellText cells = fields.cellText(report);
            if (chart != null && chart.type() != ChartType.TABLE && !result.rows().isEmpty()) {
                ChartView view = new ChartView();
                view.setHeight("240px");
                view.show(new ChartOptions(column -> fields.columnLabel(report, column), cells, language.rightToLeft())
                        .of(chart, result));
                card.add(view);
            } else {
                ResultGrid rows = new ResultGrid();
                rows.setHeight("240px");
                rows.show(new Result(result.columns(), firstRows(result), List.of()),
                        column -> fields.columnLabel(report, column), cells);
                card.add(rows);
            }
        } catch (RuntimeException e) {
            card.add(new Paragraph(getTranslation("report.failed", e.getMessage())));
        }
        return card;
    }

    private static List<List<Object>> firstRows(Result result) {
        return result.rows().subList(0, Math.min(TILE_ROWS, result.rows().size()));
    }

    private static List<String> menuReports(List<MenuItem> items) {
        List<String> ids = new ArrayList<>();
        for (MenuItem item : items) {
            switch (item) {
                case MenuItem.Link link when link.target() == MenuItem.Target.REPORT -> ids.add(link.id());
                case MenuItem.Group group -> ids.addAll(menuReports(group.items()));
                default -> { }
            }
        }
        return ids;
    }

    private static String title(ReportDef report, Language language) {
        return report.label() != null ? report.label().in(language.code()) : report.id();
    }
}
