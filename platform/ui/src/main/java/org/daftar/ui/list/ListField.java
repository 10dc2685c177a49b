package org.daftar.ui.list;

import java.util.List;
import java.util.Optional;
import org.daftar.model.LocalizedText;
import org.daftar.model.entity.ChoiceOption;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;

/**
 * A column of a list, resolved against the definitions: its path ({@code customer.name}), the
 * field at the end of the path, its label and what kind of value it shows (which decides its
 * filter and its format).
 *
 * @param path the field path, as queries name it
 * @param field the field the path ends at
 * @param label the column's header
 * @param width a CSS width, or {@code null}
 * @param target for a reference, the entity it points to; otherwise {@code null}
 */
public record ListField(String path, FieldDef field, LocalizedText label, String width, EntityDef target) {

    /** What a column holds, for its filter and its format. */
    public enum Kind {
        TEXT, NUMBER, DATE, DATE_TIME, TIME, BOOLEAN, CHOICE, REFERENCE, OTHER
    }

    public Kind kind() {
        return kindOf(field.type(), field.settings().multiple(), field.settings().resultType());
    }

    /** The kind of a field of type {@code typeName}; a computed field's is that of its result type (a number when none is given). */
    static Kind kindOf(String typeName, boolean multiple, String resultType) {
        FieldType type = FieldType.named(typeName).orElse(null);
        if (type == null) {
            return Kind.OTHER;
        }
        if (type == FieldType.COMPUTED) {
            return resultType == null ? Kind.NUMBER : kindOf(resultType, false, null);
        }
        if (type.isNumeric()) {
            return Kind.NUMBER;
        }
        return switch (type) {
            case TEXT, LONG_TEXT, EMAIL, PHONE, URL, AUTO_NUMBER, USER -> Kind.TEXT;
            case DATE -> Kind.DATE;
            case DATE_TIME -> Kind.DATE_TIME;
            case TIME -> Kind.TIME;
            case BOOLEAN -> Kind.BOOLEAN;
            case CHOICE -> multiple ? Kind.OTHER : Kind.CHOICE;
            case REFERENCE -> Kind.REFERENCE;
            default -> Kind.OTHER;
        };
    }

    /** The choice's options (empty for other kinds). */
    public List<ChoiceOption> options() {
        return field.settings().options();
    }

    /** The label of a choice's stored value, in {@code language}; the value itself when it has no label. */
    public String optionLabel(Object value, String language) {
        Optional<ChoiceOption> option = options().stream().filter(o -> o.value().equals(String.valueOf(value))).findFirst();
        return option.map(o -> o.label() == null ? o.value() : o.label().in(language)).orElse(String.valueOf(value));
    }

    /** The text fields of the target's display name ({@code "{name} ({code})"}): what a reference filter searches. */
    public List<String> displayNameFields() {
        if (target == null || target.displayName() == null) {
            return List.of();
        }
        return java.util.regex.Pattern.compile("\\{([a-z][a-z0-9_]*)}").matcher(target.displayName()).results()
                .map(match -> match.group(1))
                .filter(name -> target.field(name)
                        .map(f -> kindOf(f.type(), f.settings().multiple(), f.settings().resultType()) == Kind.TEXT)
                        .orElse(false))
                .toList();
    }
}
