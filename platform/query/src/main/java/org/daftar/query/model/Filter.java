package org.daftar.query.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.daftar.model.expression.Expression;
import org.daftar.model.report.Operator;

/**
 * A condition on rows: a comparison of a field path with a value, or an and/or group.
 *
 * <pre>{@code
 * Filter f = Filter.all(
 *         Filter.of("status", Operator.IN, List.of("confirmed", "draft")),
 *         Filter.any(Filter.of("customer.region", Operator.EQ, "central"),
 *                    Filter.of("total", Operator.GT, Param.of("minimum"))));
 * }</pre>
 */
public sealed interface Filter {

    /**
     * {@code field op value}. The value is {@code null} for is-empty and is-not-empty; a literal
     * (String, Long, Integer, BigDecimal, Boolean, LocalDate, LocalDateTime, OffsetDateTime, LocalTime);
     * a list of literals for in, not-in and between; a {@link Param}; or a
     * {@link org.daftar.model.report.Period} for in-period.
     */
    record Compare(String field, Operator op, Object value) implements Filter {
        public Compare {
            if (value instanceof List<?> list) {
                value = List.copyOf(list);
            }
        }
    }

    /** True when every condition is (true when there are none). */
    record All(List<Filter> filters) implements Filter {
        public All {
            filters = List.copyOf(filters);
        }
    }

    /** True when any condition is. */
    record Any(List<Filter> filters) implements Filter {
        public Any {
            filters = List.copyOf(filters);
        }
    }

    /**
     * A condition written in the definitions' expression language (a list's {@code where}, a role's
     * row rule), over the fields of the record and along its references, e.g.
     * {@code status != 'draft' or entered_by = user} or {@code employee.department = user.department}.
     * {@code names} binds the names that are not fields: {@code user} and {@code user.ATTRIBUTE}; their
     * values become bound parameters. A {@code user...} name left unbound is empty, so it matches no
     * comparison.
     */
    record Expr(Expression condition, Map<String, Object> names) implements Filter {
        public Expr {
            java.util.Objects.requireNonNull(condition, "condition");
            names = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(names));
        }

        /** True when {@code path} is bound by {@link #names} or is an unbound {@code user} name. */
        public boolean binds(String path) {
            return names.containsKey(path) || path.equals(USER) || path.startsWith(USER + ".");
        }

        /** The name of the signed-in user in conditions. */
        public static final String USER = "user";
    }

    /** A condition of the expression language with its bound names; see {@link Expr}. */
    static Filter expression(Expression condition, Map<String, ?> names) {
        return new Expr(condition, new java.util.LinkedHashMap<>(names));
    }

    static Filter of(String field, Operator op, Object value) {
        return new Compare(field, op, value);
    }

    static Filter isEmpty(String field) {
        return new Compare(field, Operator.IS_EMPTY, null);
    }

    static Filter all(Filter... filters) {
        return new All(Arrays.asList(filters));
    }

    static Filter any(Filter... filters) {
        return new Any(Arrays.asList(filters));
    }

    /** The filter that keeps every row. */
    Filter NONE = new All(List.of());
}
