package org.daftar.model.expression;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The functions of the language, each with its number of arguments and how it is used. Names are
 * written in lower case; the parser accepts any case.
 */
public enum BuiltinFunction {
    TODAY("today()", 0),
    NOW("now()", 0),
    YEAR("year(date)", 1),
    MONTH("month(date)", 1),
    DAY("day(date)", 1),
    DAYS_BETWEEN("days_between(from, to)", 2),
    ADD_DAYS("add_days(date, days)", 2),
    ADD_MONTHS("add_months(date, months)", 2),
    ROUND("round(number, decimals)", 2),
    ABS("abs(number)", 1),
    MIN("min(a, b)", 2),
    MAX("max(a, b)", 2),
    UPPER("upper(text)", 1),
    LOWER("lower(text)", 1),
    TRIM("trim(text)", 1),
    LENGTH("length(text)", 1),
    CONTAINS("contains(text, part)", 2),
    STARTS_WITH("starts_with(text, prefix)", 2),
    HAS("has(multiple_choice, value)", 2),
    SUM("sum(lines.field)", 1),
    COUNT("count(lines)", 1),
    MIN_OF("min_of(lines.field)", 1),
    MAX_OF("max_of(lines.field)", 1),
    IF("if(condition, then, else)", 3),
    COALESCE("coalesce(value, fallback)", 2),
    DATE("date('YYYY-MM-DD')", 1);

    private final String usage;
    private final int arity;

    BuiltinFunction(String usage, int arity) {
        this.usage = usage;
        this.arity = arity;
    }

    /** The name as written in expressions: {@code days_between}. */
    public String functionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How the function is called, for messages: {@code if(condition, then, else)}. */
    public String usage() {
        return usage;
    }

    /** The number of arguments. */
    public int arity() {
        return arity;
    }

    /** True for the functions over a lines field: sum, count, min_of, max_of. */
    public boolean isAggregate() {
        return this == SUM || this == COUNT || this == MIN_OF || this == MAX_OF;
    }

    /** The function of that name, in any case. */
    public static Optional<BuiltinFunction> named(String name) {
        return Arrays.stream(values())
                .filter(f -> f.functionName().equalsIgnoreCase(name))
                .findFirst();
    }

    /** The names of all functions, for suggestions. */
    static List<String> names() {
        return Arrays.stream(values()).map(BuiltinFunction::functionName).toList();
    }

    /** "'if' needs 3 arguments: if(condition, then, else)". */
    String arityMessage() {
        String needs = switch (arity) {
            case 0 -> "takes no arguments";
            case 1 -> "needs 1 argument";
            default -> "needs " + arity + " arguments";
        };
        return "'" + functionName() + "' " + needs + ": " + usage;
    }
}
