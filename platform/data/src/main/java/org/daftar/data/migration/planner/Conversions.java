package org.daftar.data.migration.planner;

import java.util.ArrayList;
import java.util.List;
import org.daftar.data.migration.live.ColumnType;
import org.daftar.data.migration.step.Risk;
import org.daftar.data.schema.Sql;

/**
 * Classifies a change of column type and says how to make it.
 *
 * <ul>
 *   <li><b>widening</b>, safe: a longer text, text of any length, a decimal with more digits,
 *       integer to decimal (checked when the decimal has fewer digits than the integers held),
 *       date to date-time, one choice to several;
 *   <li><b>checked</b>, safe when every value fits: numbers or dates to a bounded text;
 *   <li><b>narrowing or converting</b>, refused unless forced, and checked against the data
 *       even then: a shorter text, fewer decimal digits, decimal to integer, text to a number or a
 *       date, date-time to date, several choices to one, anything else.
 * </ul>
 *
 * <pre>{@code
 * Conversions.between(ColumnType.parse("varchar(40)"), ColumnType.parse("varchar(20)")).checks()
 * // [length({column}) > 20: "{rows} {has a value|have values} longer than 20 characters"]
 * }</pre>
 */
final class Conversions {

    private static final String C = Column.PLACEHOLDER;

    private Conversions() {}

    static Conversion between(ColumnType from, ColumnType to) {
        if (from.array() && to.array()) {
            return betweenLists(from, to);
        }
        if (!from.array() && to.array()) {
            return toList(from, to);
        }
        if (from.array()) {
            return fromList(from, to);
        }
        return between(from, to, C);
    }

    private static Conversion between(ColumnType from, ColumnType to, String value) {
        if (to.isText()) {
            return toText(from, to, value);
        }
        if (to.isWholeNumber() && (from.isWholeNumber() || from.isDecimal())) {
            return toWholeNumber(from, to, value);
        }
        if (to.isDecimal() && (from.isWholeNumber() || from.isDecimal())) {
            return toDecimal(from, to, value);
        }
        if (to.base().equals("timestamptz") && (from.base().equals("date") || from.base().equals("timestamp"))) {
            return Conversion.widen(value + "::timestamptz");
        }
        if (to.base().equals("date") && (from.base().equals("timestamptz") || from.base().equals("timestamp"))) {
            return Conversion.narrow("a date keeps no time of day", value + "::date",
                    new ValueCheck(value + " <> date_trunc('day', " + value + ")", "{rows} {has|have} a time of day that would be lost",
                            "Change those values to midnight first."));
        }
        return fromAnything(from, to, value);
    }

    private static Conversion toText(ColumnType from, ColumnType to, String value) {
        Integer length = to.maxLength();
        if (from.isText()) {
            if (length == null || from.maxLength() != null && length >= from.maxLength()) {
                return Conversion.widen(null);
            }
            return Conversion.narrow("a shorter text cannot hold longer values", null, tooLong(value, length));
        }
        String using = value + "::text";
        return length == null ? Conversion.checked(false, using) : Conversion.checked(false, using, tooLong(value + "::text", length));
    }

    private static ValueCheck tooLong(String value, int length) {
        return new ValueCheck("length(" + value + ") > " + length,
                "{rows} {has a value|have values} longer than " + length + " characters", "Shorten those values first.");
    }

    private static Conversion toWholeNumber(ColumnType from, ColumnType to, String value) {
        String largest = switch (to.base()) {
            case "smallint" -> "32767";
            case "integer" -> "2147483647";
            default -> "9223372036854775807";
        };
        ValueCheck range = new ValueCheck("abs(" + value + ") > " + largest,
                "{rows} {holds a number|hold numbers} too large for " + to.words(), "Change those values first.");
        if (from.isDecimal()) {
            return Conversion.narrow("a whole number keeps no decimals", null,
                    new ValueCheck(value + " <> trunc(" + value + ")", "{rows} {holds a number|hold numbers} with decimals",
                            "Round those values first."), range);
        }
        return to.wholeDigits() >= from.wholeDigits() ? Conversion.widen(null)
                : Conversion.narrow("a smaller integer type cannot hold larger numbers", null, range);
    }

    private static Conversion toDecimal(ColumnType from, ColumnType to, String value) {
        Integer digits = to.integerDigits();
        ValueCheck tooLarge = digits == null ? null : new ValueCheck("abs(" + value + ") >= 1e" + digits,
                "{rows} {has a value|have values} with more than " + digits + " digits before the decimal point",
                "Change those values first.");
        if (from.isWholeNumber()) {
            return digits == null || digits >= from.wholeDigits() ? Conversion.widen(null) : Conversion.checked(true, null, tooLarge);
        }
        if (to.precision() == null
                || from.precision() != null && digits >= from.integerDigits() && to.scale() >= from.scale()) {
            return Conversion.widen(null);
        }
        ValueCheck rounded = new ValueCheck(value + " <> round(" + value + ", " + to.scale() + ")",
                "{rows} {has|have} more than " + to.scale() + " decimal places (they would be rounded)", "Round those values first.");
        boolean fewerDigits = from.precision() == null || digits < from.integerDigits();
        boolean fewerDecimals = from.precision() == null || to.scale() < from.scale();
        ValueCheck[] checks = fewerDigits && fewerDecimals ? new ValueCheck[] {tooLarge, rounded}
                : fewerDigits ? new ValueCheck[] {tooLarge} : new ValueCheck[] {rounded};
        return Conversion.narrow("a smaller decimal cannot hold every value", null, checks);
    }

    private static Conversion fromAnything(ColumnType from, ColumnType to, String value) {
        String text = from.isText() ? value : value + "::text";
        String what = switch (to.base()) {
            case "bigint", "integer", "smallint" -> "a whole number";
            case "numeric" -> "a number that fits " + to.words();
            case "date" -> "a date (YYYY-MM-DD)";
            case "timestamptz", "timestamp" -> "a date-time";
            case "time" -> "a time of day";
            case "boolean" -> "true or false";
            default -> "a valid " + to.words();
        };
        return Conversion.narrow("converting " + from.words() + " to " + to.words() + " keeps only the values that are " + what,
                text + "::" + to.sql(),
                new ValueCheck("not daftar_is_valid_input(" + text + ", " + Sql.literal(to.sql()) + ")",
                        "{rows} " + (from.isText() ? "{holds|hold} text" : "{holds a value|hold values}") + " that {is|are} not " + what,
                        "Correct those values first."));
    }

    private static Conversion toList(ColumnType from, ColumnType to) {
        Conversion element = between(from, to.element(), C);
        String using = "case when " + C + " is null then null else array[" + element.valueOf(C) + "]::" + to.sql() + " end";
        return new Conversion(element.widening(), element.risk(), using, element.checks());
    }

    private static Conversion fromList(ColumnType from, ColumnType to) {
        String first = C + "[1]";
        Conversion element = between(from.element(), to, first);
        List<ValueCheck> checks = new ArrayList<>(List.of(new ValueCheck("cardinality(" + C + ") > 1",
                "{rows} {holds|hold} more than one value", "Keep one value in each of those records first.")));
        checks.addAll(element.checks());
        return new Conversion(false, Risk.needsForce("a single value keeps only the first of several"),
                element.using() == null ? first : element.using(), checks);
    }

    private static Conversion betweenLists(ColumnType from, ColumnType to) {
        if (from.element().isText() && to.element().isText()) {
            Integer length = to.maxLength();
            if (length == null || from.maxLength() != null && length >= from.maxLength()) {
                return Conversion.widen(null);
            }
            return Conversion.narrow("a shorter text cannot hold longer values", null,
                    new ValueCheck("exists (select 1 from unnest(" + C + ") v where length(v) > " + length + ")",
                            "{rows} {holds a value|hold values} longer than " + length + " characters", "Shorten those values first."));
        }
        return Conversion.narrow("converting " + from.words() + " to " + to.words() + " may lose values",
                C + "::text::" + to.sql(), new ValueCheck("not daftar_is_valid_input(" + C + "::text, " + Sql.literal(to.sql()) + ")",
                        "{rows} {holds a value|hold values} that cannot be converted", "Correct those values first."));
    }
}
