package org.daftar.ui.report;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.daftar.model.report.ReportDef;
import org.daftar.query.Result;
import org.daftar.query.model.Query;
import org.daftar.query.model.ReportQueries;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.i18n.Language;

/**
 * The rows of the report being built: a sample of the first {@value ReportBuilderView#PREVIEW_ROWS}
 * after every change, or all of them when the user runs it, with the form of its parameters (the
 * filters asked when it is run). The builder places the {@link #results} under its design and the
 * {@link #parameters} above its "Run" button.
 */
final class ReportPreview {

    private final DataGateway gateway;
    private final ReportFields fields;
    private final Language language;
    private final Paragraph message;
    private final ReportResults results;
    private final Div parameters = new Div();
    private ParameterForm parameterForm;
    private List<String> parameterIds = List.of();

    /**
     * @param message where the preview says what it shows, or why the report could not run
     */
    ReportPreview(DataGateway gateway, ReportFields fields, Language language, Paragraph message) {
        this.gateway = gateway;
        this.fields = fields;
        this.language = language;
        this.message = message;
        this.results = new ReportResults(gateway, language.rightToLeft());
        results.setId("builder-results");
    }

    /** The grid, chart and pivot of the rows. */
    ReportResults results() {
        return results;
    }

    /** The form of the report's parameters. */
    Div parameters() {
        return parameters;
    }

    /** Starts over for a new draft: its parameter form is made anew, keeping the values of the same parameters. */
    void restart() {
        parameterIds = null;
    }

    /** Shows no rows: there is no report to run. */
    void hide() {
        results.setVisible(false);
    }

    /**
     * Runs {@code report}: the first rows when {@code sample}, else all of them (up to its limit);
     * nothing while it has neither columns nor groups.
     *
     * @param fileName the name its exports are given
     */
    void run(ReportDef report, String fileName, boolean sample) {
        if (report.columns().isEmpty() && !report.isGrouped()) {
            hide();
            return;
        }
        int previewRows = ReportBuilderView.PREVIEW_ROWS;
        Query full = ReportQueries.of(fields.withTypedValues(report));
        Integer rows = sample ? Integer.valueOf(Math.min(previewRows, report.limit() == null ? previewRows : report.limit()))
                : report.limit();
        Map<String, Object> params = parameters(report);
        try {
            Result result = gateway.run(full.limit(rows), params);
            message.setText(sample ? text("report.builder.preview", previewRows) : "");
            results.show(report, result, full, params, column -> fields.columnLabel(report, column),
                    fields.cellText(report), fileName);
        } catch (RuntimeException e) {
            message.setText(text("report.failed", e.getMessage()));
            hide();
        }
    }

    /**
     * The values of the report's parameters from the form above "Run", rebuilt when the
     * parameters change (a filter asked when run was added or removed).
     */
    private Map<String, Object> parameters(ReportDef report) {
        List<String> ids = report.parameters().stream().map(p -> p.id()).toList();
        if (!ids.equals(parameterIds)) {
            Map<String, Object> kept = parameterForm == null ? Map.of() : parameterForm.values();
            Map<String, Object> values = new LinkedHashMap<>(new ReportParameters(Clock.systemDefaultZone()).defaults(report));
            kept.forEach((id, value) -> {
                if (values.containsKey(id) && value != null) {
                    values.put(id, value);
                }
            });
            parameterForm = new ParameterForm(report, values, language);
            parameters.removeAll();
            parameters.add(parameterForm);
            parameterIds = ids;
        }
        return parameterForm.values();
    }

    /** The text of {@code key} in the language of the screen. */
    private String text(String key, Object... arguments) {
        return results.getTranslation(key, arguments);
    }
}
