package org.daftar.data.migration.planner;

import java.util.ArrayList;
import java.util.List;
import org.daftar.data.migration.live.ColumnType;
import org.daftar.data.migration.step.Risk;
import org.daftar.data.migration.words.Words;
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
 * // [ValueCheck[condition=length({column}) > 20, problem=problem.tooLong [20], remedy=remedy.shorten]]
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
            return Conversion.narrow(Words.of("reason.dateKeepsNoTime"), value + "::date",
                    new ValueCheck(value + " <> date_trunc('day', " + value + ")", Words.of("problem.timeWouldBeLost"),
                            Words.of("remedy.midnight")));
        }
        return fromAnything(from, to, value);
    }

    private static Conversion toText(ColumnType from, ColumnType to, String value) {
        Integer length = to.maxLength();
        if (from.isText()) {
            if (length == null || from.maxLength() != null && length >= from.maxLength()) {
                return Conversion.widen(null);
            }
            return Conversion.narrow(Words.of("reason.shorterText"), null, tooLong(value, length));
        }
        String using = value + "::text";
        return length == null ? Conversion.checked(false, using) : Conversion.checked(false, using, tooLong(value + "::text", length));
    }

    private static ValueCheck tooLong(String value, int length) {
        return new ValueCheck("length(" + value + ") > " + length, Words.of("problem.tooLong", length), Words.of("remedy.shorten"));
    }

    private static Conversion toWholeNumber(ColumnType from, ColumnType to, String value) {
        String largest = switch (to.base()) {
            case "smallint" -> "32767";
            case "integer" -> "2147483647";
            default -> "9223372036854775807";
        };
        ValueCheck range = new ValueCheck("abs(" + value + ") > " + largest,
                Words.of("problem.tooLargeFor", to.wording()), Words.of("remedy.change"));
        if (from.isDecimal()) {
            return Conversion.narrow(Words.of("reason.wholeNumberKeepsNoDecimals"), null,
                    new ValueCheck(value + " <> trunc(" + value + ")", Words.of("problem.hasDecimals"), Words.of("remedy.round")), range);
        }
        return to.wholeDigits() >= from.wholeDigits() ? Conversion.widen(null)
                : Conversion.narrow(Words.of("reason.smallerInteger"), null, range);
    }

    private static Conversion toDecimal(ColumnType from, ColumnType to, String value) {
        Integer digits = to.integerDigits();
        ValueCheck tooLarge = digits == null ? null : new ValueCheck("abs(" + value + ") >= 1e" + digits,
                Words.of("problem.tooManyDigits", digits), Words.of("remedy.change"));
        if (from.isWholeNumber()) {
            return digits == null || digits >= from.wholeDigits() ? Conversion.widen(null) : Conversion.checked(true, null, tooLarge);
        }
        if (to.precision() == null
                || from.precision() != null && digits >= from.integerDigits() && to.scale() >= from.scale()) {
            return Conversion.widen(null);
        }
        ValueCheck rounded = new ValueCheck(value + " <> round(" + value + ", " + to.scale() + ")",
                Words.of("problem.tooManyDecimals", to.scale()), Words.of("remedy.round"));
        boolean fewerDigits = from.precision() == null || digits < from.integerDigits();
        boolean fewerDecimals = from.precision() == null || to.scale() < from.scale();
        ValueCheck[] checks = fewerDigits && fewerDecimals ? new ValueCheck[] {tooLarge, rounded}
                : fewerDigits ? new ValueCheck[] {tooLarge} : new ValueCheck[] {rounded};
        return Conversion.narrow(Words.of("reason.smallerDecimal"), null, checks);
    }

    private static Conversion fromAnything(ColumnType from, ColumnType to, String value) {
        String text = from.isText() ? value : value + "::text";
        Words what = switch (to.base()) {
            case "bigint", "integer", "smallint" -> Words.of("valid.wholeNumber");
            case "numeric" -> Words.of("valid.numberThatFits", to.wording());
            case "date" -> Words.of("valid.date");
            case "timestamptz", "timestamp" -> Words.of("valid.dateTime");
            case "time" -> Words.of("valid.time");
            case "boolean" -> Words.of("valid.boolean");
            default -> Words.of("valid.other", to.wording());
        };
        return Conversion.narrow(Words.of("reason.conversion", from.wording(), to.wording(), what),
                text + "::" + to.sql(),
                new ValueCheck("not daftar_is_valid_input(" + text + ", " + Sql.literal(to.sql()) + ")",
                        Words.of(from.isText() ? "problem.textNotValid" : "problem.valueNotValid", what), Words.of("remedy.correct")));
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
                Words.of("problem.severalValues"), Words.of("remedy.keepOneValue"))));
        checks.addAll(element.checks());
        return new Conversion(false, Risk.needsForce(Words.of("reason.singleValue")),
                element.using() == null ? first : element.using(), checks);
    }

    private static Conversion betweenLists(ColumnType from, ColumnType to) {
        if (from.element().isText() && to.element().isText()) {
            Integer length = to.maxLength();
            if (length == null || from.maxLength() != null && length >= from.maxLength()) {
                return Conversion.widen(null);
            }
            return Conversion.narrow(Words.of("reason.shorterText"), null,
                    new ValueCheck("exists (select 1 from unnest(" + C + ") v where length(v) > " + length + ")",
                            Words.of("problem.listTooLong", length), Words.of("remedy.shorten")));
        }
        return Conversion.narrow(Words.of("reason.listConversion", from.wording(), to.wording()),
                C + "::text::" + to.sql(), new ValueCheck("not daftar_is_valid_input(" + C + "::text, " + Sql.literal(to.sql()) + ")",
                        Words.of("problem.notConvertible"), Words.of("remedy.correct")));
    }
}
