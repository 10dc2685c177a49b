package org.daftar.data.migration.planner;

import java.util.stream.Collectors;
import org.daftar.data.migration.live.ColumnType;
import org.daftar.model.entity.ChoiceOption;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.data.schema.ColumnSpec;

/** A field's type for people, as a new field is announced: {@code choice: phone, email, walk-in}. */
final class FieldWords {

    private FieldWords() {}

    static String of(FieldDef field, ColumnSpec column) {
        String type = describe(field, column);
        return column.notNull() && !field.isGenerated() ? type + ", required" : type;
    }

    private static String describe(FieldDef field, ColumnSpec column) {
        if (field.builtInType().isEmpty()) {
            return field.type();
        }
        return switch (field.builtInType().get()) {
            case CHOICE -> (field.settings().multiple() ? "multiple choice: " : "choice: ")
                    + field.settings().options().stream().map(ChoiceOption::value).collect(Collectors.joining(", "));
            case REFERENCE -> "reference to " + field.settings().entity();
            case TEXT, LONG_TEXT, EMAIL, PHONE, URL -> field.type() + ", up to " + ColumnType.parse(column.sqlType()).maxLength()
                    + " characters";
            case DECIMAL, MONEY, PERCENT -> field.type() + ", " + ColumnType.parse(column.sqlType()).words();
            case AUTO_NUMBER -> "auto-number " + field.settings().autoNumberPattern();
            case COMPUTED -> "computed: " + field.settings().expression().text();
            default -> field.is(FieldType.DATE_TIME) ? "date-time" : field.type();
        };
    }
}
