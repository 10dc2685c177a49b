package org.daftar.ui.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.daftar.model.expression.Evaluator;
import org.daftar.model.expression.Expressions;
import org.daftar.model.expression.ValueScope;
import org.daftar.model.report.ParameterDef;
import org.daftar.model.report.ReportDef;

/**
 * The values of a report's parameters: their defaults (a literal, or an expression such as
 * {@code =add_months(today(), -12)} evaluated now) and what the user typed, as the query engine
 * takes them.
 */
public final class ReportParameters {

    private static final ValueScope NO_RECORD = new ValueScope() {
        @Override
        public Object root(String name) {
            return null;
        }

        @Override
        public Object member(Object owner, String name) {
            return null;
        }
    };

    private final Clock clock;

    public ReportParameters(Clock clock) {
        this.clock = clock;
    }

    /** Every parameter of {@code report} with its default value (null when it has none). */
    public Map<String, Object> defaults(ReportDef report) {
        Map<String, Object> values = new LinkedHashMap<>();
        report.parameters().forEach(parameter -> values.put(parameter.id(), defaultOf(parameter)));
        return values;
    }

    /** The default of one parameter, converted to its type. */
    public Object defaultOf(ParameterDef parameter) {
        Object value = parameter.defaultValue();
        if (value instanceof String text && text.startsWith("=")) {
            value = Evaluator.evaluate(Expressions.parse(text.substring(1)), NO_RECORD, clock);
        }
        return convert(parameter.type(), value);
    }

    /** A value typed or read for a parameter of {@code type}, as the query engine takes it. */
    public static Object convert(String type, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        return switch (type == null ? "text" : type) {
            case "date" -> value instanceof LocalDate date ? date : LocalDate.parse(value.toString());
            case "integer" -> value instanceof Number n ? (Object) n.longValue() : (Object) Long.parseLong(value.toString().trim());
            case "decimal", "money", "percent" -> value instanceof BigDecimal d ? d : new BigDecimal(value.toString().trim());
            case "boolean" -> value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString());
            default -> value.toString();
        };
    }
}
