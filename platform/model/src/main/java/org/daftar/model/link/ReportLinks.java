package org.daftar.model.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daftar.model.ExpressionText;
import org.daftar.model.FieldRef;
import org.daftar.model.app.App;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.expression.ExprType;
import org.daftar.model.list.SortKey;
import org.daftar.model.expression.Suggestions;
import org.daftar.model.report.ChartDef;
import org.daftar.model.report.ComputedColumnDef;
import org.daftar.model.report.GroupDef;
import org.daftar.model.report.MeasureDef;
import org.daftar.model.report.ParameterDef;
import org.daftar.model.report.ReportDef;

/**
 * Checks reports: the source, computed columns, groups (date buckets on dates), measures (sums of
 * numbers), filters and having, sort, and that the chart draws groups against measures.
 */
final class ReportLinks {

    private final LinkContext context;
    private final Problems problems;

    ReportLinks(LinkContext context) {
        this.context = context;
        this.problems = context.problems();
    }

    void check(App app) {
        for (ReportDef report : app.reports()) {
            Targets.entity(context, app, report.source(), report.at(), "The report '" + report.id() + "'")
                    .ifPresent(source -> check(report, source));
        }
    }

    private void check(ReportDef report, EntityDef source) {
        String who = "The report '" + report.id() + "'";
        Map<String, ExprType> parameters = new LinkedHashMap<>();
        for (ParameterDef parameter : report.parameters()) {
            checkParameter(source, parameter, parameters);
        }
        ReportScope scope = new ReportScope(context, source);
        for (ComputedColumnDef column : report.computed()) {
            context.expressions().check(column.expression(), scope.typeScope(), null,
                            who + ": the computed column '" + column.as() + "'", "$.computed." + column.as())
                    .ifPresent(type -> scope.addComputed(column.as(), type, column.expression()));
        }
        ConditionChecks conditions = new ConditionChecks(context, parameters);
        report.filters().forEach(condition -> conditions.check(condition, scope::typeOf, "A filter of report '" + report.id() + "'", "$.filters"));
        report.columns().forEach(column -> scope.typeOf(column, "A column of report '" + report.id() + "'", "$.columns"));
        if (report.isGrouped() && !report.columns().isEmpty()) {
            problems.add(report.at(), "$.columns", who + " both groups and lists 'columns': a grouped report shows its groups "
                    + "and measures; remove 'columns' or the grouping.");
        }
        Map<String, ExprType> outputs = new LinkedHashMap<>();
        report.groupBy().forEach(group -> checkGroup(report, scope, group, outputs));
        report.measures().forEach(measure -> checkMeasure(report, scope, measure, outputs));
        report.having().forEach(condition -> conditions.check(condition, (ref, w, p) -> output(outputs, ref, w, p),
                "The having of report '" + report.id() + "'", "$.having"));
        for (SortKey key : report.sort()) {
            if (report.isGrouped()) {
                output(outputs, key.field(), "The sort of report '" + report.id() + "'", "$.sort");
            } else {
                scope.typeOf(key.field(), "The sort of report '" + report.id() + "'", "$.sort");
            }
        }
        if (report.chart() != null) {
            checkChart(report, report.chart());
        }
    }

    private void checkParameter(EntityDef source, ParameterDef parameter, Map<String, ExprType> parameters) {
        if (!context.fieldTypes().isKnown(parameter.type())) {
            problems.add(parameter.at(), "$.parameters." + parameter.id(), "Unknown type '" + parameter.type()
                    + "' for parameter '" + parameter.id() + "'." + Suggestions.didYouMean(parameter.type(), context.fieldTypes().names()));
            return;
        }
        ExprType type = context.types().typeOfTypeName(parameter.type());
        if (parameters.put(parameter.id(), type) != null) {
            problems.add(parameter.at(), "$.parameters", "Duplicate parameter '" + parameter.id() + "'.");
        }
        if (parameter.defaultValue() instanceof String text && text.startsWith("=")) {
            context.expressions().check(new ExpressionText(text.substring(1), parameter.at()),
                    context.types().scope(source, List.of(), false), type,
                    "The default of parameter '" + parameter.id() + "'", "$.parameters." + parameter.id() + ".default");
        }
    }

    private void checkGroup(ReportDef report, ReportScope scope, GroupDef group, Map<String, ExprType> outputs) {
        Optional<ExprType> type = scope.typeOf(group.field(), "A group of report '" + report.id() + "'", "$.groupBy");
        if (type.isPresent() && group.bucket() != null && type.get().kind() != ExprType.Kind.DATE
                && type.get().kind() != ExprType.Kind.DATETIME) {
            problems.add(group.field().at(), "$.groupBy", "Only dates can be grouped by " + group.bucket().name().toLowerCase()
                    + "; '" + group.field().path() + "' is " + ExpressionChecks.article(type.get()) + ".");
        }
        addOutput(report, outputs, group.as(), group.bucket() != null ? ExprType.DATE : type.orElse(ExprType.NULL), group.field());
    }

    private void checkMeasure(ReportDef report, ReportScope scope, MeasureDef measure, Map<String, ExprType> outputs) {
        FieldRef field = measure.field();
        String who = "The measure '" + measure.as() + "'";
        ExprType result = ExprType.INTEGER;
        if (field == null) {
            if (measure.aggregate() != MeasureDef.Aggregate.COUNT) {
                problems.add(report.at(), "$.measures." + measure.as(), who + " needs a 'field' to " + measure.aggregate().token() + ".");
            }
        } else {
            Optional<ExprType> type = scope.typeOf(field, who, "$.measures");
            boolean numeric = type.map(ExprType::isNumeric).orElse(true);
            boolean sums = measure.aggregate() == MeasureDef.Aggregate.SUM || measure.aggregate() == MeasureDef.Aggregate.AVG;
            if (sums && !numeric) {
                problems.add(field.at(), "$.measures." + measure.as(), who + " takes the " + measure.aggregate().token()
                        + " of '" + field.path() + "', which is " + ExpressionChecks.article(type.get()) + ": only numbers add up.");
            }
            if (sums) {
                result = ExprType.DECIMAL;
            } else if (measure.aggregate() == MeasureDef.Aggregate.MIN || measure.aggregate() == MeasureDef.Aggregate.MAX) {
                result = type.orElse(ExprType.NULL);
            }
        }
        addOutput(report, outputs, measure.as(), result, field);
    }

    private void addOutput(ReportDef report, Map<String, ExprType> outputs, String name, ExprType type, FieldRef at) {
        if (outputs.put(name, type) != null) {
            problems.add(at != null ? at.at() : report.at(), "$", "The report '" + report.id() + "' has two columns named '" + name
                    + "': give one of them another 'as'.");
        }
    }

    private Optional<ExprType> output(Map<String, ExprType> outputs, FieldRef ref, String who, String path) {
        if (ref == null) {
            return Optional.empty();
        }
        ExprType type = outputs.get(ref.path());
        if (type == null) {
            problems.add(ref.at(), path, who + " names '" + ref.path() + "', which is not a group or measure of the report."
                    + Suggestions.didYouMean(ref.path(), outputs.keySet()) + " Known: " + String.join(", ", outputs.keySet()) + ".");
            return Optional.empty();
        }
        return Optional.of(type);
    }

    private void checkChart(ReportDef report, ChartDef chart) {
        List<String> groups = report.groupBy().stream().map(GroupDef::as).toList();
        List<String> measures = report.measures().stream().map(MeasureDef::as).toList();
        String who = "The chart of report '" + report.id() + "'";
        if (chart.x() != null && !groups.contains(chart.x())) {
            problems.add(chart.at(), "$.chart.x", who + " puts '" + chart.x() + "' on x, which is not a group." + known(groups));
        }
        if (chart.series() != null && !groups.contains(chart.series())) {
            problems.add(chart.at(), "$.chart.series", who + " makes series of '" + chart.series() + "', which is not a group." + known(groups));
        }
        for (String y : chart.y()) {
            if (!measures.contains(y)) {
                problems.add(chart.at(), "$.chart.y", who + " draws '" + y + "', which is not a measure." + known(measures));
            }
        }
        boolean needsX = chart.type() != ChartDef.ChartType.NUMBER && chart.type() != ChartDef.ChartType.TABLE;
        if (needsX && chart.x() == null) {
            problems.add(chart.at(), "$.chart", who + " (" + chart.type().name().toLowerCase().replace('_', '-') + ") needs 'x': the group along the axis.");
        }
        if ((chart.type() == ChartDef.ChartType.PIE || chart.type() == ChartDef.ChartType.NUMBER) && chart.y().size() > 1) {
            problems.add(chart.at(), "$.chart.y", who + " shows one measure only.");
        }
        if (needsX && chart.y().isEmpty()) {
            problems.add(chart.at(), "$.chart.y", who + " needs 'y': the measures to draw." + known(measures));
        }
    }

    private static String known(List<String> names) {
        return names.isEmpty() ? "" : " Known: " + String.join(", ", names) + ".";
    }
}
