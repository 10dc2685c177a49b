package org.daftar.data.migration.live;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.daftar.data.migration.words.Words;

/**
 * A column's type, read from the way definitions write it ({@code varchar(20)}, {@code numeric(18,2)},
 * {@code timestamptz}, {@code varchar(63)[]}) or the way PostgreSQL's {@code format_type} does
 * ({@code character varying(20)}, {@code timestamp with time zone}), so the two compare equal.
 *
 * <pre>{@code
 * ColumnType.parse("character varying(20)").equals(ColumnType.parse("varchar(20)"))   // true
 * ColumnType.parse("numeric(18,2)").words()                                          // "decimal (18 digits, 2 after the point)"
 * }</pre>
 *
 * @param base the type's canonical name: {@code varchar}, {@code text}, {@code bigint},
 *     {@code integer}, {@code smallint}, {@code numeric}, {@code date}, {@code timestamptz},
 *     {@code time}, {@code boolean}, {@code jsonb}, or any other name as PostgreSQL gives it
 * @param length a varchar's length, or {@code null}
 * @param precision a numeric's precision, or {@code null} when unbounded
 * @param scale a numeric's scale, or {@code null} when unbounded
 * @param array whether the column holds an array of {@code base}
 */
public record ColumnType(String base, Integer length, Integer precision, Integer scale, boolean array) {

    private static final Pattern WITH_ARGUMENTS = Pattern.compile("^([a-z ]+?)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)$");

    public static ColumnType parse(String sql) {
        String text = sql.trim().toLowerCase(Locale.ROOT);
        boolean array = text.endsWith("[]");
        if (array) {
            text = text.substring(0, text.length() - 2).trim();
        }
        Matcher arguments = WITH_ARGUMENTS.matcher(text);
        if (arguments.matches()) {
            String name = canonical(arguments.group(1));
            int first = Integer.parseInt(arguments.group(2));
            Integer second = arguments.group(3) == null ? null : Integer.valueOf(arguments.group(3));
            return switch (name) {
                case "varchar" -> new ColumnType(name, first, null, null, array);
                case "numeric" -> new ColumnType(name, null, first, second == null ? 0 : second, array);
                default -> new ColumnType(text, null, null, null, array);
            };
        }
        return new ColumnType(canonical(text), null, null, null, array);
    }

    private static String canonical(String name) {
        return switch (name) {
            case "character varying", "varchar" -> "varchar";
            case "decimal", "numeric" -> "numeric";
            case "int8", "bigint" -> "bigint";
            case "int", "int4", "integer" -> "integer";
            case "int2", "smallint" -> "smallint";
            case "timestamp with time zone", "timestamptz" -> "timestamptz";
            case "time without time zone", "time" -> "time";
            case "timestamp without time zone", "timestamp" -> "timestamp";
            case "bool", "boolean" -> "boolean";
            default -> name;
        };
    }

    /** The type in SQL, as definitions write it: {@code varchar(20)}, {@code numeric(18,2)}. */
    public String sql() {
        String element = switch (base) {
            case "varchar" -> length == null ? "varchar" : "varchar(" + length + ")";
            case "numeric" -> precision == null ? "numeric" : "numeric(" + precision + "," + scale + ")";
            default -> base;
        };
        return array ? element + "[]" : element;
    }

    /** The same type holding one value rather than an array. */
    public ColumnType element() {
        return new ColumnType(base, length, precision, scale, false);
    }

    /** True for the types that hold text: varchar and text. */
    public boolean isText() {
        return base.equals("varchar") || base.equals("text");
    }

    /** True for the whole-number types. */
    public boolean isWholeNumber() {
        return base.equals("bigint") || base.equals("integer") || base.equals("smallint");
    }

    public boolean isDecimal() {
        return base.equals("numeric");
    }

    /** The most characters a text type holds; {@code null} when unlimited. */
    public Integer maxLength() {
        return base.equals("varchar") ? length : null;
    }

    /** How many digits a whole-number type holds at most (19 for bigint). */
    public int wholeDigits() {
        return switch (base) {
            case "smallint" -> 5;
            case "integer" -> 10;
            default -> 19;
        };
    }

    /** Digits before the decimal point a bounded numeric holds; {@code null} when unbounded. */
    public Integer integerDigits() {
        return precision == null ? null : precision - scale;
    }

    /** The type in English: {@code text (up to 20 characters)}, {@code integer}, {@code decimal (18 digits, 2 after the point)}. */
    public String words() {
        return wording().english();
    }

    /** The type for people, in any language: {@code text (up to 20 characters)}, {@code نص (حتى 20 حرفاً)}. */
    public Words wording() {
        Words element = switch (base) {
            case "varchar" -> length == null ? Words.of("type.plainText") : Words.of("type.text", length);
            case "text" -> Words.of("type.anyText");
            case "bigint", "integer", "smallint" -> Words.of("type.integer");
            case "numeric" -> precision == null ? Words.of("type.decimal") : Words.of("type.boundedDecimal", precision, scale);
            case "date" -> Words.of("type.date");
            case "timestamptz" -> Words.of("type.dateTime");
            case "time" -> Words.of("type.time");
            case "boolean" -> Words.of("type.boolean");
            case "jsonb", "json" -> Words.of("type.json");
            default -> Words.of("type.other", base);
        };
        return array ? Words.of("type.list", element) : element;
    }

    @Override
    public String toString() {
        return sql();
    }
}
