package org.daftar.data.record.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Brings the values callers give (forms, imports, the API, sample data) to the Java type of their
 * field's {@link FieldKind}: {@code 12} (an Integer) or {@code 12.0} (a BigDecimal) becomes
 * {@code 12L} in an integer field, {@code "2026-03-01"} a {@link LocalDate} in a date field,
 * {@code "2026-03-01T10:00"} an {@link OffsetDateTime} in the service's time zone, a set of
 * choices a list. An empty text is no value ({@code null}).
 *
 * <p>A value that cannot be converted is returned as it is, for the record schema to reject with a
 * message for people ("Quantity must be a number").
 */
public final class InputValues {

    private static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter();

    private InputValues() {}

    /** {@code value} as a value of {@code column}, or unchanged when it is not one. */
    public static Object normalize(Column column, Object value, ZoneId zone) {
        if (value instanceof CharSequence text && text.toString().isBlank()) {
            return null;
        }
        if (value == null) {
            return null;
        }
        if (column.customType() != null) {
            value = column.customType().normalise(value);
        }
        return switch (column.kind()) {
            case TEXT -> value instanceof CharSequence text ? text.toString() : value;
            case INTEGER, REFERENCE -> integer(value);
            case DECIMAL -> decimal(value);
            case DATE -> date(value);
            case DATETIME -> dateTime(value, zone);
            case TIME -> time(value);
            case MULTI_CHOICE -> value instanceof Collection<?> items ? new ArrayList<Object>(items) : value;
            case ATTACHMENT -> value instanceof java.util.Map<?, ?> || value instanceof Collection<?>
                    ? JsonValues.plain(JsonValues.toNode(value)) : value;
            case BOOLEAN, LINES -> value;
        };
    }

    /** A decimal with the column's scale, rounded half up as PostgreSQL rounds it. */
    public static Object scaled(Column column, Object value) {
        if (value instanceof BigDecimal number && column.scale() != null && number.scale() != column.scale()) {
            return number.setScale(column.scale(), RoundingMode.HALF_UP);
        }
        return value;
    }

    private static Object integer(Object value) {
        return switch (value) {
            case Long l -> l;
            case Integer i -> i.longValue();
            case Short s -> s.longValue();
            case Byte b -> b.longValue();
            case BigInteger i when i.bitLength() < 64 -> i.longValue();
            case BigDecimal d when isWhole(d) -> d.longValue();
            default -> value;
        };
    }

    private static boolean isWhole(BigDecimal number) {
        return number.signum() == 0
                || number.stripTrailingZeros().scale() <= 0 && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
    }

    private static Object decimal(Object value) {
        return switch (value) {
            case BigDecimal d -> d;
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            case Short s -> BigDecimal.valueOf(s);
            case BigInteger i -> new BigDecimal(i);
            case Double d when Double.isFinite(d) -> BigDecimal.valueOf(d);
            case Float f when Float.isFinite(f) -> new BigDecimal(f.toString());
            default -> value;
        };
    }

    private static Object date(Object value) {
        return switch (value) {
            case LocalDate date -> date;
            case String text -> parse(text, LocalDate::parse, value);
            default -> value;
        };
    }

    private static Object dateTime(Object value, ZoneId zone) {
        Object moment = momentOf(value, zone);
        return moment instanceof OffsetDateTime m ? inZone(m, zone) : moment;
    }

    /** A moment as PostgreSQL keeps it (to the microsecond) and as it is read back (in the service's zone). */
    public static OffsetDateTime inZone(OffsetDateTime moment, ZoneId zone) {
        return moment.truncatedTo(ChronoUnit.MICROS).atZoneSameInstant(zone).toOffsetDateTime();
    }

    private static Object momentOf(Object value, ZoneId zone) {
        return switch (value) {
            case OffsetDateTime moment -> moment;
            case ZonedDateTime moment -> moment.toOffsetDateTime();
            case Instant instant -> instant.atZone(zone).toOffsetDateTime();
            case LocalDateTime local -> local.atZone(zone).toOffsetDateTime();
            case String text -> parseDateTime(text.strip(), zone, value);
            default -> value;
        };
    }

    private static Object parseDateTime(String text, ZoneId zone, Object fallback) {
        try {
            return OffsetDateTime.parse(text.replace(' ', 'T'));
        } catch (DateTimeParseException notWithOffset) {
            Object local = parse(text, t -> LocalDateTime.parse(t, LOCAL_DATE_TIME), fallback);
            return local instanceof LocalDateTime dateTime ? dateTime.atZone(zone).toOffsetDateTime() : fallback;
        }
    }

    private static Object time(Object value) {
        return switch (value) {
            case LocalTime time -> time.truncatedTo(ChronoUnit.SECONDS);
            case String text -> {
                Object time = parse(text.strip(), LocalTime::parse, value);
                yield time instanceof LocalTime t ? t.truncatedTo(ChronoUnit.SECONDS) : time;
            }
            default -> value;
        };
    }

    private static Object parse(String text, java.util.function.Function<String, Object> parser, Object fallback) {
        try {
            return parser.apply(text);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    /** The items of a multiple choice as texts, when they all are; else {@code null}. */
    public static List<String> texts(Object value) {
        if (!(value instanceof Collection<?> items)) {
            return null;
        }
        List<String> texts = new ArrayList<>(items.size());
        for (Object item : items) {
            if (!(item instanceof String text)) {
                return null;
            }
            texts.add(text);
        }
        return texts;
    }
}
