package org.daftar.data.record.validation;

import com.networknt.schema.Error;
import java.util.List;
import java.util.Locale;
import org.daftar.data.record.message.Labels;
import org.daftar.data.record.message.Message;
import org.daftar.data.record.value.Column;
import org.daftar.model.entity.ChoiceOption;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import tools.jackson.databind.JsonNode;

/**
 * The words for a record schema error, by the rule it breaks: {@code required} says the field is
 * required, {@code maxLength} how long it may be, {@code enum} which options there are (by their
 * labels), {@code type} what kind of value the field takes, and so on.
 */
final class SchemaErrorWords {

    /** A message of the catalogue and the values of its placeholders (other than {@code field}). */
    record Words(Message message, String... arguments) {}

    private SchemaErrorWords() {}

    static Words of(Error error, FieldDef field, Column column, Locale locale) {
        String limit = limit(error.getSchemaNode());
        String value = valueOf(error.getInstanceNode());
        boolean lines = field.is(FieldType.LINES);
        if (field.is(FieldType.ATTACHMENT) && !"required".equals(error.getKeyword())) {
            return new Words(Message.NOT_FILE);
        }
        return switch (error.getKeyword()) {
            case "required" -> new Words(Message.REQUIRED);
            case "type" -> new Words(typeMessage(field, column));
            case "maxLength" -> new Words(Message.TOO_LONG, "max", limit);
            case "minLength" -> new Words(Message.TOO_SHORT, "min", limit);
            case "pattern" -> new Words(patternMessage(field), "value", value);
            case "format" -> new Words(formatMessage(limit), "value", value);
            case "minimum", "exclusiveMinimum" -> new Words(Message.BELOW_MIN, "min", limit);
            case "maximum", "exclusiveMaximum" -> new Words(Message.ABOVE_MAX, "max", limit);
            case "enum" -> new Words(Message.NOT_AN_OPTION, "value", value, "options", options(field, locale));
            case "uniqueItems" -> new Words(Message.CHOSEN_TWICE);
            case "minItems" -> lines ? new Words(Message.TOO_FEW_LINES, "min", limit) : new Words(Message.REQUIRED);
            case "maxItems" -> new Words(Message.TOO_MANY_LINES, "max", limit);
            default -> new Words(Message.INVALID, "detail", error.getMessage());
        };
    }

    private static Message typeMessage(FieldDef field, Column column) {
        if (field.is(FieldType.LINES)) {
            return Message.NOT_LIST;
        }
        if (column == null) {
            return Message.INVALID;
        }
        return switch (column.kind()) {
            case TEXT -> Message.NOT_TEXT;
            case INTEGER -> Message.NOT_INTEGER;
            case DECIMAL -> Message.NOT_NUMBER;
            case BOOLEAN -> Message.NOT_BOOLEAN;
            case DATE -> Message.NOT_DATE;
            case DATETIME -> Message.NOT_DATE_TIME;
            case TIME -> Message.NOT_TIME;
            case MULTI_CHOICE, LINES -> Message.NOT_LIST;
            case REFERENCE -> Message.NOT_REFERENCE;
            case ATTACHMENT -> Message.NOT_FILE;
        };
    }

    private static Message patternMessage(FieldDef field) {
        if (field.is(FieldType.PHONE)) {
            return Message.PHONE;
        }
        if (field.is(FieldType.DATE_TIME)) {
            return Message.NOT_DATE_TIME;
        }
        if (field.is(FieldType.TIME)) {
            return Message.NOT_TIME;
        }
        return Message.PATTERN;
    }

    private static Message formatMessage(String format) {
        return switch (format) {
            case "email" -> Message.EMAIL;
            case "uri", "iri", "uri-reference" -> Message.URL;
            case "date" -> Message.NOT_DATE;
            case "date-time" -> Message.NOT_DATE_TIME;
            case "time" -> Message.NOT_TIME;
            default -> Message.PATTERN;
        };
    }

    private static String options(FieldDef field, Locale locale) {
        List<ChoiceOption> options = field.settings().options();
        return Labels.listed(options.stream().map(option -> option.label() == null ? option.value() : option.label().in(locale))
                .toList(), locale);
    }

    private static String limit(JsonNode node) {
        if (node == null) {
            return "";
        }
        if (node.isNumber()) {
            return node.decimalValue().stripTrailingZeros().toPlainString();
        }
        return node.isString() ? node.stringValue() : node.toString();
    }

    private static String valueOf(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        return node.isString() ? node.stringValue() : node.toString();
    }
}
