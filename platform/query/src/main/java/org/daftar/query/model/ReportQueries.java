package org.daftar.query.model;

import java.util.List;
import org.daftar.model.report.Condition;
import org.daftar.model.report.ReportDef;

/**
 * Turns a report definition into a query.
 *
 * <pre>{@code
 * Query query = ReportQueries.of(app.report("sales_by_month").orElseThrow());
 * Result result = engine.run(query, readable, Map.of("since", LocalDate.of(2025, 1, 1)));
 * }</pre>
 */
public final class ReportQueries {

    private ReportQueries() {}

    public static Query of(ReportDef report) {
        String source = report.source().contains(".") ? report.source() : report.appId() + "." + report.source();
        return new Query(
                source,
                report.columns().stream().map(f -> f.path()).toList(),
                filter(report.filters()),
                report.computed().stream().map(c -> Computed.of(c.as(), c.expression().text())).toList(),
                report.groupBy().stream().map(g -> new Group(g.field().path(), g.bucket(), g.as())).toList(),
                report.measures().stream()
                        .map(m -> new Measure(m.as(), m.aggregate(), m.field() == null ? null : m.field().path()))
                        .toList(),
                filter(report.having()),
                report.sort().stream().map(s -> new Sort(s.field().path(), s.direction())).toList(),
                report.limit(),
                null,
                List.of());
    }

    private static Filter filter(List<Condition> conditions) {
        return new Filter.All(conditions.stream().map(ReportQueries::filter).toList());
    }

    private static Filter filter(Condition condition) {
        return switch (condition) {
            case Condition.Compare c -> new Filter.Compare(c.field().path(), c.op(), value(c.value()));
            case Condition.AllOf all -> new Filter.All(all.conditions().stream().map(ReportQueries::filter).toList());
            case Condition.AnyOf any -> new Filter.Any(any.conditions().stream().map(ReportQueries::filter).toList());
        };
    }

    private static Object value(Object value) {
        if (value instanceof Condition.ParamRef ref) {
            return new Param(ref.id());
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ReportQueries::value).toList();
        }
        return value;
    }
}
