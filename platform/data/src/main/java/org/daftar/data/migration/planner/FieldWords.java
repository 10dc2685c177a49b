package org.daftar.data.migration.planner;

import org.daftar.data.migration.live.ColumnType;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.ColumnSpec;
import org.daftar.model.entity.ChoiceOption;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;

/** A field's type for people, as a new field is announced: {@code choice: phone, email, walk-in}. */
final class FieldWords {

    private FieldWords() {}

    static Words of(FieldDef field, ColumnSpec column) {
        Words type = describe(field, column);
        return column.notNull() && !field.isGenerated() ? Words.of("field.required", type) : type;
    }

    private static Words describe(FieldDef field, ColumnSpec column) {
        if (field.builtInType().isEmpty()) {
            return Words.of("field.type", field.type());
        }
        return switch (field.builtInType().get()) {
            case CHOICE -> Words.of(field.settings().multiple() ? "field.multipleChoice" : "field.choice",
                    field.settings().options().stream().map(ChoiceOption::value).toList());
            case REFERENCE -> Words.of("field.reference", field.settings().entity());
            case TEXT, LONG_TEXT, EMAIL, PHONE, URL -> textOf(field, ColumnType.parse(column.sqlType()).maxLength());
            case DECIMAL, MONEY, PERCENT -> Words.of("field.decimal", field.type(), ColumnType.parse(column.sqlType()).wording());
            case AUTO_NUMBER -> Words.of("field.autoNumber", field.settings().autoNumberPattern());
            case COMPUTED -> Words.of("field.computed", field.settings().expression().text());
            default -> field.is(FieldType.DATE_TIME) ? Words.of("field.dateTime") : Words.of("field.type", field.type());
        };
    }

    private static Words textOf(FieldDef field, Integer maxLength) {
        return maxLength == null ? Words.of("field.type", field.type()) : Words.of("field.text", field.type(), maxLength);
    }
}
