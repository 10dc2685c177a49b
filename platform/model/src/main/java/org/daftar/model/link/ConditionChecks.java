package org.daftar.model.link;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daftar.model.FieldRef;
import org.daftar.model.expression.ExprType;
import org.daftar.model.expression.Suggestions;
import org.daftar.model.report.Condition;
import org.daftar.model.report.Operator;
import org.daftar.model.report.Period;

/**
 * Checks report conditions: each names a known field, its operator suits the field's type, and its
 * value (literal, list, period or parameter) fits.
 */
final class ConditionChecks {

    /** Gives the type of what a condition names, reporting names it does not know. */
    @FunctionalInterface
    interface FieldTyper {
        Optional<ExprType> typeOf(FieldRef ref, String who, String path);
    }

    private final LinkContext context;
    private final Map<String, ExprType> parameters;

    ConditionChecks(LinkContext context, Map<String, ExprType> parameters) {
        this.context = context;
        this.parameters = parameters;
    }

    void check(Condition condition, FieldTyper typer, String who, String path) {
        switch (condition) {
            case Condition.AllOf all -> all.conditions().forEach(c -> check(c, typer, who, path));
            case Condition.AnyOf any -> any.conditions().forEach(c -> check(c, typer, who, path));
            case Condition.Compare compare -> checkCompare(compare, typer, who, path);
        }
    }

    private void checkCompare(Condition.Compare compare, FieldTyper typer, String who, String path) {
        if (compare.field() == null || compare.op() == null) {
            report(compare, path, who + " needs 'field' and 'op' (or is an 'and' / 'or' group).");
            return;
        }
        Optional<ExprType> type = typer.typeOf(compare.field(), who, path);
        if (type.isEmpty()) {
            return;
        }
        String problem = problemOf(compare, type.get());
        if (problem != null) {
            report(compare, path, who + " on '" + compare.field().path() + "': " + problem);
        }
    }

    private String problemOf(Condition.Compare compare, ExprType type) {
        Operator op = compare.op();
        Object value = compare.value();
        if (op.isUnary()) {
            return value == null ? null : "'" + op.token() + "' takes no value; remove 'value'.";
        }
        if (value == null) {
            return "'" + op.token() + "' needs a value.";
        }
        if (value instanceof Condition.ParamRef param) {
            ExprType paramType = parameters.get(param.id());
            if (paramType == null) {
                return "the parameter '" + param.id() + "' is not declared in 'parameters'."
                        + Suggestions.didYouMean(param.id(), parameters.keySet());
            }
            return op == Operator.IN_PERIOD || type.accepts(paramType) || paramType.accepts(type) ? null
                    : "the parameter '" + param.id() + "' is " + ExpressionChecks.article(paramType) + ", the field "
                    + ExpressionChecks.article(type) + ".";
        }
        return switch (op) {
            case IN_PERIOD -> periodProblem(type, value);
            case CONTAINS, STARTS_WITH -> type.kind() == ExprType.Kind.TEXT ? null
                    : "'" + op.token() + "' is for texts; this field is " + ExpressionChecks.article(type) + ".";
            case IN, NOT_IN, BETWEEN -> listProblem(op, type, value);
            default -> literalProblem(type, value);
        };
    }

    private String periodProblem(ExprType type, Object value) {
        if (type.kind() != ExprType.Kind.DATE && type.kind() != ExprType.Kind.DATETIME) {
            return "'in-period' is for dates; this field is " + ExpressionChecks.article(type) + ".";
        }
        if (value instanceof Period) {
            return null;
        }
        List<String> periods = Arrays.stream(Period.values()).map(Period::token).toList();
        return "'" + value + "' is not a period." + Suggestions.didYouMean(String.valueOf(value), periods)
                + " Periods: " + String.join(", ", periods) + ".";
    }

    private String listProblem(Operator op, ExprType type, Object value) {
        if (!(value instanceof List<?> items)) {
            return "'" + op.token() + "' takes a list of values, e.g. [a, b].";
        }
        if (op == Operator.BETWEEN && items.size() != 2) {
            return "'between' takes two values, the low and the high one; it has " + items.size() + ".";
        }
        return items.stream().map(item -> literalProblem(type, item)).filter(p -> p != null).findFirst().orElse(null);
    }

    /** Whether a literal can be compared with a value of {@code type}. */
    static String literalProblem(ExprType type, Object value) {
        boolean fits = switch (type.kind()) {
            case INTEGER, DECIMAL -> value instanceof BigDecimal;
            case BOOLEAN -> value instanceof Boolean;
            case DATE, DATETIME -> value instanceof String text && isDate(text);
            case TEXT, MULTI_CHOICE, USER, TIME -> value instanceof String;
            case REFERENCE -> value instanceof String || value instanceof BigDecimal;
            case LINES -> false;
            case NULL -> true;
        };
        return fits ? null : "the value '" + value + "' does not fit " + ExpressionChecks.article(type) + ".";
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private void report(Condition condition, String path, String message) {
        context.problems().add(condition.at(), path, message);
    }
}
