package org.daftar.model.expression;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;
import java.util.function.Function;

/**
 * What the built-in functions compute. Functions of a missing value give a missing value, except
 * where a plainer answer exists: {@code length} of nothing is 0, {@code contains},
 * {@code starts_with} and {@code has} are false, {@code min} and {@code max} ignore a missing side.
 */
final class FunctionCalls {

    private final Evaluator evaluator;

    FunctionCalls(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    Object call(Call call) {
        return switch (call.function()) {
            case TODAY -> LocalDate.now(evaluator.clock());
            case NOW -> LocalDateTime.now(evaluator.clock());
            case YEAR -> datePart(call, LocalDate::getYear);
            case MONTH -> datePart(call, LocalDate::getMonthValue);
            case DAY -> datePart(call, LocalDate::getDayOfMonth);
            case DAYS_BETWEEN -> daysBetween(call);
            case ADD_DAYS -> shift(call, ChronoUnit.DAYS);
            case ADD_MONTHS -> shift(call, ChronoUnit.MONTHS);
            case ROUND -> round(call);
            case ABS -> abs(call);
            case MIN -> Extremes.pick(arg(call, 0), arg(call, 1), -1, call);
            case MAX -> Extremes.pick(arg(call, 0), arg(call, 1), 1, call);
            case UPPER -> text(call, t -> t.toUpperCase(Locale.ROOT));
            case LOWER -> text(call, t -> t.toLowerCase(Locale.ROOT));
            case TRIM -> text(call, String::strip);
            case LENGTH -> length(call);
            case CONTAINS -> textTest(call, String::contains);
            case STARTS_WITH -> textTest(call, String::startsWith);
            case HAS -> has(call);
            case SUM, COUNT, MIN_OF, MAX_OF -> Aggregates.of(call, arg(call, 0));
            case IF -> Values.condition(arg(call, 0), call.argument(0)) ? arg(call, 1) : arg(call, 2);
            case COALESCE -> {
                Object first = arg(call, 0);
                yield first != null ? first : arg(call, 1);
            }
            case DATE -> {
                Object text = arg(call, 0);
                yield text == null ? null : Dates.parse(Values.text(text, call.argument(0)),
                        Offsets.start(call.argument(0)));
            }
        };
    }

    private Object arg(Call call, int index) {
        return evaluator.eval(call.argument(index));
    }

    private Object datePart(Call call, Function<LocalDate, Integer> part) {
        Object value = arg(call, 0);
        return value == null ? null : (Object) part.apply(Values.date(value, call.argument(0))).longValue();
    }

    private Object daysBetween(Call call) {
        Object from = arg(call, 0);
        Object to = arg(call, 1);
        if (from == null || to == null) {
            return null;
        }
        return ChronoUnit.DAYS.between(Values.date(from, call.argument(0)), Values.date(to, call.argument(1)));
    }

    private Object shift(Call call, ChronoUnit unit) {
        Object date = arg(call, 0);
        Object amount = arg(call, 1);
        if (date == null || amount == null) {
            return null;
        }
        long count = Values.integer(amount, call.argument(1));
        return switch (date) {
            case LocalDate d -> d.plus(count, unit);
            case LocalDateTime d -> d.plus(count, unit);
            default -> throw Values.expected("a date", date, call.argument(0));
        };
    }

    private Object round(Call call) {
        Object value = arg(call, 0);
        Object decimals = arg(call, 1);
        if (value == null || decimals == null) {
            return null;
        }
        long places = Values.integer(decimals, call.argument(1));
        if (Math.abs(places) > 100) {
            throw new ExpressionException("round() keeps between -100 and 100 decimals, not " + places,
                    Offsets.start(call.argument(1)));
        }
        int scale = (int) places;
        if (value instanceof Long l) {
            return scale >= 0 ? l : BigDecimal.valueOf(l).setScale(scale, RoundingMode.HALF_UP).longValueExact();
        }
        BigDecimal rounded = Values.decimal(value, call.argument(0)).setScale(scale, RoundingMode.HALF_UP);
        return scale < 0 ? rounded.setScale(0) : rounded;
    }

    private Object abs(Call call) {
        Object value = arg(call, 0);
        return switch (value) {
            case null -> null;
            case Long l -> Arithmetic.exact(() -> Math.absExact(l), call);
            default -> Values.decimal(value, call.argument(0)).abs();
        };
    }

    private Object text(Call call, Function<String, String> change) {
        Object value = arg(call, 0);
        return value == null ? null : change.apply(Values.text(value, call.argument(0)));
    }

    private Object length(Call call) {
        Object value = arg(call, 0);
        if (value == null) {
            return 0L;
        }
        String text = Values.text(value, call.argument(0));
        return (long) text.codePointCount(0, text.length());
    }

    private boolean textTest(Call call, java.util.function.BiPredicate<String, String> test) {
        Object text = arg(call, 0);
        Object part = arg(call, 1);
        return text != null && part != null
                && test.test(Values.text(text, call.argument(0)), Values.text(part, call.argument(1)));
    }

    private boolean has(Call call) {
        Object choices = arg(call, 0);
        Object value = arg(call, 1);
        if (choices == null || value == null) {
            return false;
        }
        if (choices instanceof Collection<?> collection) {
            return collection.contains(value);
        }
        throw Values.expected("a multiple choice", choices, call.argument(0));
    }
}
