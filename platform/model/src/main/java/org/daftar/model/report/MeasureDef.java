package org.daftar.model.report;

import org.daftar.model.FieldRef;
import org.daftar.model.LocalizedText;

/** An aggregate column: {@code aggregate(field) as name}; {@code field} is {@code null} for count. */
public record MeasureDef(String as, Aggregate aggregate, FieldRef field, LocalizedText label) {

    /** The aggregate functions. */
    public enum Aggregate {
        COUNT("count"),
        COUNT_DISTINCT("count-distinct"),
        SUM("sum"),
        AVG("avg"),
        MIN("min"),
        MAX("max");

        private final String token;

        Aggregate(String token) {
            this.token = token;
        }

        public String token() {
            return token;
        }
    }
}
