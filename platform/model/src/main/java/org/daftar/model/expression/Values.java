package org.daftar.model.expression;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;

/** Conversions and tests on the Java values the {@link Evaluator} works with. */
final class Values {

    private Values() {}

    /** Brings numbers to the two classes the language uses: {@link Long} and {@link BigDecimal}. */
    static Object normalize(Object value) {
        return switch (value) {
            case Integer i -> i.longValue();
            case Short s -> s.longValue();
            case Byte b -> b.longValue();
            case BigInteger i -> i.bitLength() < 64 ? (Object) i.longValueExact() : new BigDecimal(i);
            case Double d -> BigDecimal.valueOf(d);
            case Float f -> new BigDecimal(f.toString());
            case null, default -> value;
        };
    }

    /** Null, the empty text, and an empty collection (no lines, no choices) are empty. */
    static boolean isEmpty(Object value) {
        return switch (value) {
            case null -> true;
            case CharSequence text -> text.isEmpty();
            case Collection<?> collection -> collection.isEmpty();
            case Map<?, ?> map -> map.isEmpty();
            default -> false;
        };
    }

    /** A condition's truth: null counts as false. */
    static boolean condition(Object value, Expression at) {
        return switch (value) {
            case null -> false;
            case Boolean b -> b;
            default -> throw expected("a condition (true or false)", value, at);
        };
    }

    /** The text an operand of {@code &} stands for: null is the empty text. */
    static String joinable(Object value, Expression at) {
        return switch (value) {
            case null -> "";
            case String text -> text;
            default -> throw expected("a text", value, at);
        };
    }

    static BigDecimal decimal(Object value, Expression at) {
        return switch (value) {
            case Long l -> BigDecimal.valueOf(l);
            case BigDecimal d -> d;
            default -> throw expected("a number", value, at);
        };
    }

    static long integer(Object value, Expression at) {
        if (value instanceof Long l) {
            return l;
        }
        throw expected("an integer", value, at);
    }

    static String text(Object value, Expression at) {
        if (value instanceof String text) {
            return text;
        }
        throw expected("a text", value, at);
    }

    /** A date, or the date of a datetime. */
    static LocalDate date(Object value, Expression at) {
        return switch (value) {
            case LocalDate date -> date;
            case LocalDateTime dateTime -> dateTime.toLocalDate();
            default -> throw expected("a date", value, at);
        };
    }

    static ExpressionException expected(String what, Object value, Expression at) {
        return new ExpressionException("Expected " + what + " for '" + at + "', but the value is "
                + describe(value), Offsets.start(at));
    }

    /** A value as shown in messages: texts quoted, other values with their class. */
    static String describe(Object value) {
        return switch (value) {
            case null -> "empty";
            case String text -> "'" + text + "'";
            default -> value + " (" + value.getClass().getSimpleName() + ")";
        };
    }
}
