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
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Built-in reports of the shop app opened, drawn and exported on screen. */
class ReportViewTest {

    private final ReportTestContext context = ReportTestContext.get();

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aListReportShowsItsRowsAndExportsTheRowsOfHandWrittenSql() {
        context.startVaadin(Locale.ENGLISH, "sara", "staff");
        UI.getCurrent().navigate("apps/shop/reports/low_stock");

        assertThat(_get(H2.class, spec -> spec.withId("report-title")).getText()).isEqualTo("Low stock");
        ResultGrid grid = _get(ResultGrid.class, spec -> spec.withId("report-grid"));
        List<List<String>> expected = context.rows("""
                select sku, name, stock, reorder_level from shop.product
                where deleted_at is null and low and name ilike '%a%' order by stock, sku""");
        assertThat(expected).isNotEmpty();
        assertThat(GridKt._size(grid)).isEqualTo(expected.size());

        ReportResults results = _get(ReportResults.class);
        assertThat(sorted(csvRows(results, ExportFormat.CSV))).isEqualTo(sorted(expected));
    }

    @Test
    void aGroupedReportIsDrawnAsItsChartInTheUsersLanguage() {
        context.startVaadin(Locale.of("ar"), "sara", "manager");
        UI.getCurrent().navigate("apps/shop/reports/sales_by_month");

        assertThat(_get(H2.class, spec -> spec.withId("report-title")).getText()).isEqualTo("المبيعات حسب الشهر");
        ChartView chart = _get(ChartView.class, spec -> spec.withId("report-chart"));
        assertThat(chart.option()).contains("\"type\":\"bar\"", "\"inverse\":true", "\"position\":\"right\"");
        _click(_get(Button.class, spec -> spec.withId("report-run")));
        chart.download(ChartView.ImageFormat.SVG, "sales.svg");
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<PendingJavaScriptInvocation> calls = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        assertThat(calls).anySatisfy(call -> {
            assertThat(call.getInvocation().getExpression()).contains("echarts.init");
            assertThat(call.getInvocation().getParameters()).contains(chart.option());
        });
        assertThat(calls).anySatisfy(call -> {
            assertThat(call.getInvocation().getExpression()).contains("getDataURL");
            assertThat(call.getInvocation().getParameters()).startsWith("SVG", "sales.svg");
        });
        assertThat(_get(ReportResults.class).pivot().table().rowKeys()).isNotEmpty();
    }

    @Test
    void theXlsxExportHoldsEveryRowWithNumbersAsNumbers() throws Exception {
        context.startVaadin(Locale.ENGLISH, "sara", "manager");
        UI.getCurrent().navigate("apps/shop/reports/low_stock");
        ReportResults results = _get(ReportResults.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long rows = results.export().write(results.run(), ExportFormat.XLSX, out);

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo((int) rows);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("sku");
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
        }
        assertThat(rows).isEqualTo(GridKt._size(results.grid()));
    }

    @Test
    void aValueAskedWhenTheReportRunsFiltersItsRows() {
        var orders = context.definitions.entity("shop", "sales_order").orElseThrow();
        ReportDraft draft = new ReportDraft(orders);
        draft.name("Orders of one status");
        draft.filterAsked("status", org.daftar.model.report.Operator.EQ, "text", "Status");
        draft.groupBy("customer.region", null);
        draft.measure(org.daftar.model.report.MeasureDef.Aggregate.COUNT, null);
        var saved = context.savedReports.save(new org.daftar.ui.report.saved.SavedReport(null, "shop",
                "Orders of one status", "sara", java.util.Set.of(), draft.toReport(), null, 0));
        context.startVaadin(Locale.ENGLISH, "sara", "manager");
        UI.getCurrent().navigate("apps/shop/reports/" + saved.id());

        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("report-param-status")),
                "cancelled");
        _click(_get(Button.class, spec -> spec.withId("report-run")));

        ReportResults results = _get(ReportResults.class);
        assertThat(sorted(csvRows(results, ExportFormat.CSV))).isEqualTo(sorted(context.rows("""
                select c.region, count(*) from shop.sales_order o left join shop.customer c on c.id = o.customer
                where o.deleted_at is null and o.status = 'cancelled' group by 1""")));
    }

    @Test
    void aReportThatDoesNotExistSaysSo() {
        context.startVaadin(Locale.ENGLISH, "sara", "manager");
        UI.getCurrent().navigate("apps/shop/reports/no_such_report");

        assertThat(_get(Paragraph.class, spec -> spec.withId("report-message")).getText())
                .isEqualTo("This report does not exist, or it is not shared with you.");
    }

    /** The data rows of the CSV download of the result shown (header and byte-order mark left out). */
    static List<List<String>> csvRows(ReportResults results, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        results.export().write(results.run(), format, out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        return lines.subList(1, lines.size()).stream().map(line -> Arrays.asList(line.split(",", -1))).toList();
    }

    static List<List<String>> sorted(List<List<String>> rows) {
        return rows.stream().sorted((a, b) -> String.join("\u0001", a).compareTo(String.join("\u0001", b))).toList();
    }
}
