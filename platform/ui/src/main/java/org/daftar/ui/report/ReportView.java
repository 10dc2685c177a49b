package org.daftar.ui.report;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.daftar.model.Definitions;
import org.daftar.ui.runtime.RuntimeHolder;
import org.daftar.model.report.ReportDef;
import org.daftar.query.Result;
import org.daftar.query.model.Query;
import org.daftar.query.model.ReportQueries;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.shell.MainLayout;
import org.daftar.ui.i18n.Language;
import org.daftar.ui.report.saved.DashboardTiles;
import org.daftar.ui.report.saved.SavedReport;
import org.daftar.ui.report.saved.SavedReportStore;

/**
 * Runs one report of an app and shows it ({@link ReportResults}): a built-in report by its id
 * ({@code apps/shop/reports/sales_by_month}) or a saved one by its number ({@code apps/shop/reports/12}),
 * which only its owner, admins and users of a role it is shared with may open. Parameters are asked
 * above the result, prefilled with their defaults, and the report runs at once.
 */
@Route(value = "apps/:app/reports/:report", layout = MainLayout.class)
@PermitAll
public class ReportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DataGateway gateway;
    private final RuntimeHolder runtime;
    /** The definitions in force when the view was made or last entered. */
    private Definitions definitions;
    private final SavedReportStore savedReports;
    private final DashboardTiles tiles;
    private final Paragraph message = new Paragraph();
    private String title = "";

    public ReportView(DataGateway gateway, RuntimeHolder runtime, SavedReportStore savedReports, DashboardTiles tiles) {
        this.gateway = gateway;
        this.runtime = runtime;
        this.definitions = runtime.current().definitions();
        this.savedReports = savedReports;
        this.tiles = tiles;
        message.setId("report-message");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        definitions = runtime.current().definitions();
        RouteParameters route = event.getRouteParameters();
        String app = route.get("app").orElse("");
        String id = route.get("report").orElse("");
        removeAll();
        Optional<SavedReport> saved = id.matches("\\d{1,18}")
                ? savedReports.find(Long.parseLong(id), gateway.user(), gateway.roles()).filter(r -> r.app().equals(app))
                : Optional.empty();
        Optional<ReportDef> report = saved.map(SavedReport::definition)
                .or(() -> definitions.app(app).flatMap(a -> a.report(id)));
        if (report.isEmpty()) {
            title = getTranslation("report.notFound");
            message.setText(title);
            add(message);
            return;
        }
        show(report.get(), saved.orElse(null), app + "/" + id);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(ReportDef report, SavedReport saved, String ref) {
        Language language = Language.of(getLocale());
        ReportFields fields = new ReportFields(definitions, language);
        title = saved != null ? saved.name() : report.label() != null ? report.label().in(language.code()) : report.id();
        H2 heading = new H2(title);
        heading.setId("report-title");
        ParameterForm parameters = new ParameterForm(report, new ReportParameters(Clock.systemDefaultZone()).defaults(report),
                language);
        ReportResults results = new ReportResults(gateway, language.rightToLeft());
        Button run = new Button(getTranslation("report.run"), e -> run(report, parameters, results, fields));
        run.setId("report-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(run);
        if (saved != null && saved.editableBy(gateway.user(), gateway.roles())) {
            Button edit = new Button(getTranslation("report.edit"),
                    e -> getUI().ifPresent(ui -> ui.navigate("reports/" + saved.id() + "/edit")));
            edit.setId("report-edit");
            actions.add(edit);
        }
        if (canPin()) {
            String tileRef = saved != null ? "saved:" + saved.id() : "report:" + report.id();
            Button pin = new Button(getTranslation("report.pin"), e -> {
                tiles.pin(report.appId(), tileRef, gateway.user());
                e.getSource().setEnabled(false);
            });
            pin.setId("report-pin");
            pin.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(pin);
        }
        add(heading, parameters, actions, message, results);
        run(report, parameters, results, fields);
    }

    private boolean canPin() {
        return gateway.roles().contains("admin") || gateway.roles().contains("manager");
    }

    private void run(ReportDef report, ParameterForm parameters, ReportResults results, ReportFields fields) {
        Query query = ReportQueries.of(fields.withTypedValues(report));
        Map<String, Object> params = parameters.values();
        try {
            Result result = gateway.run(query, params);
            message.setText("");
            results.show(report, result, query, params, column -> fields.columnLabel(report, column),
                    fields.cellText(report), report.id());
        } catch (RuntimeException e) {
            message.setText(getTranslation("report.failed", e.getMessage()));
        }
    }
}
