package org.daftar.ui.report;

import org.daftar.ui.data.ExportFormat;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.daftar.model.report.ChartDef;
import org.daftar.model.report.ChartDef.ChartType;
import org.daftar.model.report.GroupDef;
import org.daftar.model.report.MeasureDef;
import org.daftar.model.report.ReportDef;
import org.daftar.query.Result;
import org.daftar.query.model.Query;
import org.daftar.ui.data.DataGateway;

/**
 * The result of a report: its chart, its rows in a grid and, for a report with two groups, a pivot
 * table; with downloads of every row as CSV or XLSX and of the chart as PNG or SVG.
 */
public class ReportResults extends Composite<VerticalLayout> {

    private final DataGateway gateway;
    private final ReportExport export;
    private final HorizontalLayout fileDownloads;
    private final boolean rightToLeft;
    private final ResultGrid grid = new ResultGrid();
    private final PivotView pivot = new PivotView();
    private final ChartView chart = new ChartView();
    private final TabSheet tabs = new TabSheet();
    private final Tab chartTab;
    private final Tab gridTab;
    private final Tab pivotTab;
    private final Span rowCount = new Span();
    private final HorizontalLayout chartDownloads;
    private ReportExport.Run run;

    public ReportResults(DataGateway gateway, boolean rightToLeft) {
        this.gateway = gateway;
        this.export = new ReportExport(gateway);
        this.rightToLeft = rightToLeft;
        chartTab = tabs.add(getTranslation("report.tab.chart"), chart);
        gridTab = tabs.add(getTranslation("report.tab.grid"), grid);
        pivotTab = tabs.add(getTranslation("report.tab.pivot"), pivot);
        tabs.setWidthFull();
        grid.setId("report-grid");
        chart.setId("report-chart");
        rowCount.setId("report-row-count");
        Button png = new Button(getTranslation("report.chart.png"), e -> chart.download(ChartView.ImageFormat.PNG, fileName() + ".png"));
        png.setId("report-chart-png");
        Button svg = new Button(getTranslation("report.chart.svg"), e -> chart.download(ChartView.ImageFormat.SVG, fileName() + ".svg"));
        svg.setId("report-chart-svg");
        List.of(png, svg).forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_TERTIARY));
        chartDownloads = new HorizontalLayout(png, svg);
        fileDownloads = new HorizontalLayout(
                export.link(ExportFormat.CSV, getTranslation("report.export.csv"), () -> run),
                export.link(ExportFormat.XLSX, getTranslation("report.export.xlsx"), () -> run));
        HorizontalLayout downloads = new HorizontalLayout(rowCount, fileDownloads, chartDownloads);
        downloads.setAlignItems(FlexComponent.Alignment.BASELINE);
        getContent().setPadding(false);
        getContent().add(downloads, tabs);
        setVisible(false);
    }

    /**
     * Shows {@code result} (the rows of the report, or of a sample of it)
     * and offers the downloads of every row of {@code fullQuery}.
     */
    public void show(ReportDef report, Result result, Query fullQuery, Map<String, Object> params,
            Function<String, String> label, CellText cells, String fileName) {
        run = new ReportExport.Run(fullQuery, params, fileName);
        fileDownloads.setVisible(gateway.rights(fullQuery.source()).export());
        rowCount.setText(getTranslation("report.rows", result.rows().size()));
        grid.show(result, label, cells);
        List<String> groups = report.groupBy().stream().map(GroupDef::as).toList();
        List<String> measures = report.measures().stream().map(MeasureDef::as).toList();
        boolean pivots = groups.size() >= 2 && !measures.isEmpty();
        pivotTab.setVisible(pivots);
        if (pivots) {
            pivot.show(result, groups, measures, label, cells);
        }
        ChartDef chartDef = report.chart() != null ? report.chart()
                : report.isGrouped() ? ChartOptions.defaultChart(result, groups.size()) : null;
        boolean charted = chartDef != null && chartDef.type() != ChartType.TABLE && !result.rows().isEmpty();
        chartTab.setVisible(charted);
        chartDownloads.setVisible(charted);
        if (charted) {
            chart.show(new ChartOptions(label, cells, rightToLeft).of(chartDef, result));
        }
        tabs.setSelectedTab(charted ? chartTab : gridTab);
        setVisible(true);
    }

    public ResultGrid grid() {
        return grid;
    }

    public ChartView chart() {
        return chart;
    }

    public PivotView pivot() {
        return pivot;
    }

    /** The export of the result shown, or null before one. */
    public ReportExport.Run run() {
        return run;
    }

    public ReportExport export() {
        return export;
    }

    private String fileName() {
        return run == null ? "report" : run.fileName();
    }
}
