package org.daftar.ui.report;

import org.daftar.ui.data.ExportFormat;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.report.ChartDef.ChartType;
import org.daftar.model.report.GroupDef;
import org.daftar.model.report.ReportDef;
import org.daftar.model.report.MeasureDef.Aggregate;
import org.daftar.model.report.Operator;
import org.daftar.ui.report.saved.SavedReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A manager builds a report on screen (source, filter, groups along a reference, measures, chart),
 * saves and shares it with a role; other users reopen it with and without that role, and its CSV
 * is the rows of hand-written SQL.
 */
class ReportBuilderTest {

    private static final String EXPECTED_SQL = """
            select date_trunc('month', o.order_date)::date, c.region, sum(o.total), count(*)
            from shop.sales_order o left join shop.customer c on c.id = o.customer
            where o.deleted_at is null and o.status in ('confirmed')
            group by 1, 2""";

    private final ReportTestContext context = ReportTestContext.get();

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aManagerBuildsAndSharesAReportThatOnlyItsRolesReopen() {
        context.startVaadin(Locale.ENGLISH, "sara", "manager");
        UI.getCurrent().navigate("reports/new");

        chooseSource("shop.sales_order");
        addFilter("status", Operator.IN, "confirmed");
        addGroup("order_date", GroupDef.Bucket.MONTH);
        addGroup("customer.region", null);
        addMeasure(Aggregate.SUM, "total");
        addMeasure(Aggregate.COUNT, null);
        _setValue(select("builder-chart"), ChartType.STACKED_BAR);

        assertThat(_get(Paragraph.class, spec -> spec.withId("builder-message")).getText()).startsWith("Preview");
        // the live preview: a sample of at most 50 groups, drawn as stacked bars by month and region
        ResultGrid preview = _get(ReportResults.class).grid();
        List<List<String>> expected = context.rows(EXPECTED_SQL);
        assertThat(GridKt._size(preview)).isEqualTo(Math.min(50, expected.size()));
        assertThat(_get(ChartView.class, spec -> spec.withId("report-chart")).option())
                .contains("\"stack\":\"total\"", "\"name\":\"Central\"");
        assertThat(GridKt._getFormattedRow(preview, 0)).hasSize(4);

        _click(_get(Button.class, spec -> spec.withId("builder-run")));
        assertThat(GridKt._size(preview)).isEqualTo(expected.size());

        _setValue(_get(TextField.class, spec -> spec.withId("builder-name")), "Monthly sales by region");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> share = _get(MultiSelectComboBox.class, spec -> spec.withId("builder-share"));
        _setValue(share, Set.of("shop.clerk"));
        _click(_get(Button.class, spec -> spec.withId("builder-save")));
        SavedReport saved = _get(ReportBuilderView.class).saved();
        assertThat(saved.sharedRoles()).containsExactly("shop.clerk");
        MockVaadin.tearDown();

        // a staff user without the role does not see it
        context.startVaadin(Locale.ENGLISH, "omar", "staff");
        UI.getCurrent().navigate("apps/shop/reports/" + saved.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-message")).getText())
                .isEqualTo("This report does not exist, or it is not shared with you.");
        MockVaadin.tearDown();

        // a clerk reopens it, sees its rows and exports them: the CSV is the rows of hand-written SQL
        context.startVaadin(Locale.ENGLISH, "layla", "staff", "shop.clerk");
        UI.getCurrent().navigate("apps/shop/reports/" + saved.id());
        assertThat(_get(H2.class, spec -> spec.withId("report-title")).getText()).isEqualTo("Monthly sales by region");
        assertThat(GridKt._size(_get(ReportResults.class).grid())).isEqualTo(expected.size());
        List<List<String>> csv = ReportViewTest.csvRows(_get(ReportResults.class), ExportFormat.CSV);
        assertThat(ReportViewTest.sorted(csv)).isEqualTo(ReportViewTest.sorted(expected));
        // the pivot puts regions across, with totals
        PivotTable pivot = _get(ReportResults.class).pivot().table();
        assertThat(pivot.total().toPlainString()).isEqualTo(context.rows(
                "select sum(total) from shop.sales_order where deleted_at is null and status = 'confirmed'")
                .getFirst().getFirst());
    }

    @Test
    void theOwnerReopensASavedReportInTheBuilderAndChangesIt() {
        context.startVaadin(Locale.ENGLISH, "sara", "manager");
        UI.getCurrent().navigate("reports/new");
        chooseSource("shop.sales_order");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<FieldPath> columns = _get(MultiSelectComboBox.class, spec -> spec.withId("builder-columns"));
        _setValue(columns, Set.of(path(columns, "number"), path(columns, "customer.name"), path(columns, "order_date")));
        addFilter("order_date", Operator.GE, "2026-01-01");
        _setValue(_get(TextField.class, spec -> spec.withId("builder-name")), "Orders this year");
        _click(_get(Button.class, spec -> spec.withId("builder-save")));
        SavedReport saved = _get(ReportBuilderView.class).saved();
        MockVaadin.tearDown();

        context.startVaadin(Locale.ENGLISH, "sara", "manager");
        UI.getCurrent().navigate("reports/" + saved.id() + "/edit");
        assertThat(_get(TextField.class, spec -> spec.withId("builder-name")).getValue()).isEqualTo("Orders this year");
        assertThat(_get(Paragraph.class, spec -> spec.withId("builder-message")).getText()).startsWith("Preview");
        assertThat(_get(ReportResults.class).grid().getColumns()).extracting(c -> c.getKey())
                .containsExactly("number", "order_date", "customer.name");
        int rows = GridKt._size(_get(ReportResults.class).grid());
        assertThat(rows).isEqualTo(Math.min(50, context.rows("""
                select count(*) from shop.sales_order where deleted_at is null and order_date >= date '2026-01-01'""")
                .getFirst().getFirst().transform(Integer::parseInt)));
        _setValue(_get(TextField.class, spec -> spec.withId("builder-name")), "Orders since January");
        _click(_get(Button.class, spec -> spec.withId("builder-save")));
        assertThat(_get(ReportBuilderView.class).saved().version()).isEqualTo(saved.version() + 1);
        _click(_get(Button.class, spec -> spec.withId("builder-open")));
        assertThat(_get(H2.class, spec -> spec.withId("report-title")).getText()).isEqualTo("Orders since January");
        MockVaadin.tearDown();

        // another manager may open it only when shared, and never edit it
        context.startVaadin(Locale.ENGLISH, "omar", "manager");
        UI.getCurrent().navigate("reports/" + saved.id() + "/edit");
        assertThat(_get(Paragraph.class, spec -> spec.withId("builder-message")).getText())
                .isEqualTo("This report does not exist, or it is not shared with you.");
    }

    @Test
    void theOwnerDeletesASavedReport() {
        ReportDef lowStock = context.definitions.app("shop").orElseThrow().report("low_stock").orElseThrow();
        SavedReport saved = context.savedReports.save(new SavedReport(null, "shop", "To delete", "sara", Set.of(),
                lowStock, null, 0));
        context.startVaadin(Locale.ENGLISH, "sara", "manager");
        UI.getCurrent().navigate("reports/" + saved.id() + "/edit");

        _click(_get(Button.class, spec -> spec.withId("builder-delete")));

        assertThat(context.savedReports.find(saved.id(), "sara", Set.of("admin"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("builder-message")).getText()).isEqualTo("Deleted \"To delete\".");
    }

    @Test
    void staffCannotBuildReports() {
        context.startVaadin(Locale.ENGLISH, "omar", "staff");
        UI.getCurrent().navigate("reports/new");

        assertThat(_get(Paragraph.class, spec -> spec.withId("builder-message")).getText())
                .isEqualTo("Only managers and admins build reports.");
    }

    @Test
    void theSqlTabStartsFromTheSourceAndShowsRefusals() {
        context.startVaadin(Locale.ENGLISH, "sara", "manager");
        UI.getCurrent().navigate("reports/new");
        chooseSource("shop.customer");
        _get(TabSheet.class).setSelectedIndex(1);

        TextArea sql = _get(TextArea.class, spec -> spec.withId("report-sql"));
        assertThat(sql.getValue()).startsWith("select id, code, name").contains("from shop.customer");
        _click(_get(Button.class, spec -> spec.withId("report-sql-run")));
        assertThat(GridKt._size(_get(ResultGrid.class, spec -> spec.withId("report-sql-grid"))))
                .isEqualTo(context.rows("select count(*) from shop.customer where deleted_at is null").getFirst()
                        .getFirst().transform(Integer::parseInt));

        _setValue(sql, "delete from shop.customer");
        _click(_get(Button.class, spec -> spec.withId("report-sql-run")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("report-sql-message")).getText())
                .startsWith("This SQL was not run:");
        assertThat(context.rows("select count(*) from shop.customer").getFirst().getFirst()).isEqualTo("40");
    }

    @SuppressWarnings("unchecked")
    private static void chooseSource(String entity) {
        ComboBox<EntityDef> source = _get(ComboBox.class, spec -> spec.withId("builder-source"));
        EntityDef def = source.getListDataView().getItems().filter(e -> e.qualifiedId().equals(entity)).findFirst()
                .orElseThrow();
        _setValue(source, def);
    }

    @SuppressWarnings("unchecked")
    private static void addFilter(String path, Operator op, String value) {
        ComboBox<FieldPath> field = _get(ComboBox.class, spec -> spec.withId("filter-field"));
        _setValue(field, path(field, path));
        _setValue(select("filter-operator"), op);
        _setValue(_get(TextField.class, spec -> spec.withId("filter-value")), value);
        _click(_get(Button.class, spec -> spec.withId("filter-add")));
    }

    @SuppressWarnings("unchecked")
    private static void addGroup(String path, GroupDef.Bucket bucket) {
        ComboBox<FieldPath> field = _get(ComboBox.class, spec -> spec.withId("group-field"));
        _setValue(field, path(field, path));
        if (bucket != null) {
            _setValue(select("group-bucket"), bucket);
        }
        _click(_get(Button.class, spec -> spec.withId("group-add")));
    }

    @SuppressWarnings("unchecked")
    private static void addMeasure(Aggregate aggregate, String path) {
        _setValue(select("measure-aggregate"), aggregate);
        if (path != null) {
            ComboBox<FieldPath> field = _get(ComboBox.class, spec -> spec.withId("measure-field"));
            _setValue(field, path(field, path));
        }
        _click(_get(Button.class, spec -> spec.withId("measure-add")));
    }

    @SuppressWarnings("unchecked")
    private static <T> Select<T> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }

    private static FieldPath path(com.vaadin.flow.data.provider.HasListDataView<FieldPath, ?> field, String path) {
        return field.getListDataView().getItems().filter(p -> p.path().equals(path)).findFirst().orElseThrow();
    }
}
