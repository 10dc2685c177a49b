package org.daftar.ui.list;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.daftar.model.report.Operator;
import org.daftar.query.model.Filter;

/**
 * A user's filter on one column, as written in the list's URL after the column's name:
 * {@code contains:ahmad}, {@code starts:ORD}, {@code in:draft,confirmed}, {@code between:10,100}
 * (either end may be left out: {@code between:,100}), {@code is:true}, {@code empty},
 * {@code notempty}. A reference column's {@code contains} searches the referenced record's display
 * name.
 */
public sealed interface ColumnFilter {

    /** The filter's text in the URL. */
    String token();

    /** The condition on {@code field}; empty when it cannot apply to a field of that kind. */
    Optional<Filter> toFilter(ListField field);

    /** Text containing (or, for a reference, a display name containing) {@code text}, ignoring case. */
    record Contains(String text) implements ColumnFilter {
        public String token() {
            return "contains:" + text;
        }

        public Optional<Filter> toFilter(ListField field) {
            if (field.kind() == ListField.Kind.REFERENCE) {
                List<Filter> any = field.displayNameFields().stream()
                        .map(name -> Filter.of(field.path() + "." + name, Operator.CONTAINS, text)).toList();
                return any.isEmpty() ? Optional.empty() : Optional.of(new Filter.Any(any));
            }
            return field.kind() == ListField.Kind.TEXT ? Optional.of(Filter.of(field.path(), Operator.CONTAINS, text))
                    : Optional.empty();
        }
    }

    /** Text starting with {@code text}, ignoring case. */
    record StartsWith(String text) implements ColumnFilter {
        public String token() {
            return "starts:" + text;
        }

        public Optional<Filter> toFilter(ListField field) {
            return field.kind() == ListField.Kind.TEXT ? Optional.of(Filter.of(field.path(), Operator.STARTS_WITH, text))
                    : Optional.empty();
        }
    }

    /** One of the choices {@code values}. */
    record OneOf(List<String> values) implements ColumnFilter {
        public OneOf {
            values = List.copyOf(values);
        }

        public String token() {
            return "in:" + String.join(",", values);
        }

        public Optional<Filter> toFilter(ListField field) {
            return values.isEmpty() ? Optional.empty() : Optional.of(Filter.of(field.path(), Operator.IN, values));
        }
    }

    /** From {@code from} to {@code to}, both included; either may be {@code null} (open). Numbers or ISO dates. */
    record Between(String from, String to) implements ColumnFilter {
        public String token() {
            return "between:" + (from == null ? "" : from) + "," + (to == null ? "" : to);
        }

        public Optional<Filter> toFilter(ListField field) {
            try {
                return switch (field.kind()) {
                    case NUMBER -> range(field.path(), number(from), number(to));
                    case DATE -> range(field.path(), date(from), date(to));
                    case DATE_TIME -> range(field.path(), from == null ? null : date(from).atStartOfDay(),
                            to == null ? null : date(to).atTime(23, 59, 59, 999_999_000));
                    default -> Optional.empty();
                };
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        private static Optional<Filter> range(String path, Object low, Object high) {
            if (low != null && high != null) {
                return Optional.of(Filter.all(Filter.of(path, Operator.GE, low), Filter.of(path, Operator.LE, high)));
            }
            if (low != null) {
                return Optional.of(Filter.of(path, Operator.GE, low));
            }
            return high == null ? Optional.empty() : Optional.of(Filter.of(path, Operator.LE, high));
        }

        private static BigDecimal number(String text) {
            return text == null ? null : new BigDecimal(text);
        }

        private static LocalDate date(String text) {
            return text == null ? null : LocalDate.parse(text);
        }
    }

    /** A yes/no field that is {@code value}. */
    record Is(boolean value) implements ColumnFilter {
        public String token() {
            return "is:" + value;
        }

        public Optional<Filter> toFilter(ListField field) {
            return field.kind() == ListField.Kind.BOOLEAN ? Optional.of(Filter.of(field.path(), Operator.EQ, value))
                    : Optional.empty();
        }
    }

    /** No value (or, for text, an empty text). */
    record Empty() implements ColumnFilter {
        public String token() {
            return "empty";
        }

        public Optional<Filter> toFilter(ListField field) {
            return Optional.of(Filter.isEmpty(field.path()));
        }
    }

    /** Any value. */
    record NotEmpty() implements ColumnFilter {
        public String token() {
            return "notempty";
        }

        public Optional<Filter> toFilter(ListField field) {
            return Optional.of(Filter.of(field.path(), Operator.IS_NOT_EMPTY, null));
        }
    }

    /** The filter a URL value writes, or empty when the text is not a filter. */
    static Optional<ColumnFilter> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int colon = token.indexOf(':');
        String kind = colon < 0 ? token : token.substring(0, colon);
        String value = colon < 0 ? "" : token.substring(colon + 1);
        return Optional.ofNullable(switch (kind) {
            case "contains" -> value.isBlank() ? null : new Contains(value);
            case "starts" -> value.isBlank() ? null : new StartsWith(value);
            case "in" -> value.isBlank() ? null : new OneOf(Arrays.stream(value.split(",")).filter(v -> !v.isBlank()).toList());
            case "between" -> between(value);
            case "is" -> value.equals("true") || value.equals("false") ? new Is(Boolean.parseBoolean(value)) : null;
            case "empty" -> new Empty();
            case "notempty" -> new NotEmpty();
            default -> null;
        });
    }

    private static Between between(String value) {
        int comma = value.indexOf(',');
        String from = comma < 0 ? value : value.substring(0, comma);
        String to = comma < 0 ? "" : value.substring(comma + 1);
        if (from.isBlank() && to.isBlank() || !isBound(from) || !isBound(to)) {
            return null;
        }
        return new Between(from.isBlank() ? null : from, to.isBlank() ? null : to);
    }

    /** An end of a range: nothing, a number or an ISO date. */
    private static boolean isBound(String text) {
        return text.isBlank() || text.matches("-?\\d{1,30}(\\.\\d{1,30})?") || text.matches("\\d{4}-\\d{2}-\\d{2}");
    }
}
