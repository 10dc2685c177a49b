package org.daftar.query.model;

import org.daftar.model.report.MeasureDef.Aggregate;

/** An aggregate: {@code aggregate(field) as name}; {@code field} is {@code null} for a count of rows. */
public record Measure(String as, Aggregate aggregate, String field) {
    public static Measure count(String as) {
        return new Measure(as, Aggregate.COUNT, null);
    }

    public static Measure of(String as, Aggregate aggregate, String field) {
        return new Measure(as, aggregate, field);
    }
}
