package org.daftar.model.link;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.daftar.model.SourceRef;
import org.daftar.model.entity.ChoiceOption;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;

/** Checks that a literal default fits its field's type. */
final class DefaultValues {

    private DefaultValues() {}

    static void check(FieldDef field, Object value, SourceRef at, String path, Problems problems) {
        if (value instanceof String text && text.startsWith("=")) {
            return; // an expression default, checked by the form
        }
        String problem = problemOf(field, value);
        if (problem != null) {
            problems.add(at, path, "The default of '" + field.name() + "' " + problem);
        }
    }

    private static String problemOf(FieldDef field, Object value) {
        FieldType type = field.builtInType().orElse(FieldType.TEXT);
        if (type.isGenerated()) {
            return "cannot be set: Daftar gives the value of a " + type.typeName() + " field.";
        }
        return switch (type) {
            case BOOLEAN -> value instanceof Boolean ? null : "must be true or false, not '" + value + "'.";
            case INTEGER -> value instanceof BigDecimal n && n.stripTrailingZeros().scale() <= 0 ? null
                    : "must be a whole number, not '" + value + "'.";
            case DECIMAL, MONEY, PERCENT -> value instanceof BigDecimal ? null : "must be a number, not '" + value + "'.";
            case DATE -> parses(() -> LocalDate.parse(value.toString()), "an ISO date such as 2026-01-31", value);
            case DATE_TIME -> parses(() -> LocalDateTime.parse(value.toString()), "an ISO date-time such as 2026-01-31T09:00", value);
            case TIME -> parses(() -> LocalTime.parse(value.toString()), "a time such as 09:30", value);
            case CHOICE -> choiceProblem(field, value);
            case LINES, ATTACHMENT, REFERENCE, USER -> "cannot be set on a " + type.typeName() + " field.";
            default -> value instanceof String ? null : "must be a text, not '" + value + "'.";
        };
    }

    private static String choiceProblem(FieldDef field, Object value) {
        List<Object> values = value instanceof List<?> list ? List.copyOf(list) : List.of(value);
        List<String> options = field.settings().options().stream().map(ChoiceOption::value).toList();
        for (Object item : values) {
            if (!options.contains(String.valueOf(item))) {
                return "is '" + item + "', which is not one of its options: " + String.join(", ", options) + ".";
            }
        }
        return null;
    }

    private static String parses(Runnable parse, String expected, Object value) {
        try {
            parse.run();
            return null;
        } catch (DateTimeParseException e) {
            return "must be " + expected + ", not '" + value + "'.";
        }
    }
}
