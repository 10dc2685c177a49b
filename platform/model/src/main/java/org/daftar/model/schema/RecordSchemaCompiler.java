package org.daftar.model.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daftar.model.Definitions;
import org.daftar.model.entity.ChoiceOption;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldSettings;
import org.daftar.model.entity.FieldType;
import org.daftar.model.link.FieldTypes;

/**
 * Compiles an entity into the JSON Schema (draft 2020-12) of its records: what every write is
 * checked against, whatever its path (form, import, API, sample data). Lines are nested as arrays
 * of their child entity's records. The result is plain maps and lists, ready to serialise.
 */
public final class RecordSchemaCompiler {

    /** How references are written in the records being checked. */
    public enum ReferenceStyle {
        /** By the referenced record's id (a positive integer), as the record service stores them. */
        IDS,
        /** By the referenced record's natural key, as sample data and imports write them. */
        NATURAL_KEYS
    }

    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    static final String DATE_TIME_PATTERN = "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?$";
    static final String TIME_PATTERN = "^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?$";
    static final String PHONE_PATTERN = "^\\+?[0-9][0-9 ()\\-]{2,31}$";

    private final Definitions definitions;
    private final FieldTypes fieldTypes;
    private final ReferenceStyle style;

    public RecordSchemaCompiler(Definitions definitions, FieldTypes fieldTypes, ReferenceStyle style) {
        this.definitions = definitions;
        this.fieldTypes = fieldTypes;
        this.style = style;
    }

    public Map<String, Object> compile(EntityDef entity) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("$schema", DIALECT);
        schema.put("title", entity.labelOrName().in("en"));
        schema.putAll(recordObject(entity, 0));
        return schema;
    }

    private Map<String, Object> recordObject(EntityDef entity, int depth) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        if (style == ReferenceStyle.IDS) {
            properties.put("id", Map.of("type", "integer", "minimum", 1, "readOnly", true));
            properties.put("version", Map.of("type", "integer", "minimum", 0));
        }
        for (FieldDef field : entity.fields()) {
            Map<String, Object> property = new LinkedHashMap<>();
            property.put("title", field.labelOrName().in("en"));
            property.putAll(valueSchema(entity, field, depth));
            if (!field.required() && !field.is(FieldType.LINES) && !field.isGenerated()) {
                property = nullable(property);
            }
            properties.put(field.name(), property);
            if (field.required() && !field.isGenerated() && !field.is(FieldType.BOOLEAN)) {
                required.add(field.name());
            }
        }
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", "object");
        object.put("properties", properties);
        if (!required.isEmpty()) {
            object.put("required", required);
        }
        object.put("additionalProperties", false);
        return object;
    }

    /** A value may also be {@code null} (left empty). */
    private static Map<String, Object> nullable(Map<String, Object> property) {
        Object type = property.get("type");
        if (type instanceof String single) {
            property.put("type", List.of(single, "null"));
        } else if (type == null && property.containsKey("enum")) {
            List<Object> values = new ArrayList<>((List<?>) property.get("enum"));
            values.add(null);
            property.put("enum", values);
        }
        return property;
    }

    private Map<String, Object> valueSchema(EntityDef entity, FieldDef field, int depth) {
        FieldSettings s = field.settings();
        Optional<FieldType> builtIn = field.builtInType();
        if (builtIn.isEmpty()) {
            return fieldTypes.custom(field.type()).map(t -> new LinkedHashMap<>(t.recordSchema(field)))
                    .orElseGet(LinkedHashMap::new);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        switch (builtIn.get()) {
            case TEXT -> text(schema, s, 255);
            case LONG_TEXT -> text(schema, s, 10_000);
            case EMAIL -> {
                text(schema, s, 254);
                schema.put("format", "email");
            }
            case PHONE -> {
                text(schema, s, 32);
                schema.put("pattern", PHONE_PATTERN);
            }
            case URL -> {
                text(schema, s, 2000);
                schema.put("format", "uri");
            }
            case INTEGER -> number(schema, "integer", s, null, null);
            case DECIMAL, MONEY -> number(schema, "number", s, null, null);
            case PERCENT -> number(schema, "number", s, 0, 100);
            case DATE -> {
                schema.put("type", "string");
                schema.put("format", "date");
            }
            case DATE_TIME -> pattern(schema, DATE_TIME_PATTERN);
            case TIME -> pattern(schema, TIME_PATTERN);
            case BOOLEAN -> schema.put("type", "boolean");
            case CHOICE -> choice(schema, s);
            case REFERENCE -> reference(schema);
            case USER -> text(schema, FieldSettings.NONE, 100);
            case LINES -> lines(schema, entity, field, depth);
            case ATTACHMENT -> attachment(schema, s);
            case AUTO_NUMBER, COMPUTED -> schema.put("readOnly", true);
        }
        return schema;
    }

    private static void text(Map<String, Object> schema, FieldSettings s, int defaultMax) {
        schema.put("type", "string");
        schema.put("maxLength", s.maxLength() != null ? s.maxLength() : defaultMax);
        if (s.minLength() != null) {
            schema.put("minLength", s.minLength());
        }
        if (s.pattern() != null) {
            schema.put("pattern", s.pattern());
        }
    }

    private static void pattern(Map<String, Object> schema, String pattern) {
        schema.put("type", "string");
        schema.put("pattern", pattern);
    }

    private static void number(Map<String, Object> schema, String type, FieldSettings s, Integer min, Integer max) {
        schema.put("type", type);
        Object minimum = s.minNumber() != null ? s.minNumber() : min;
        Object maximum = s.maxNumber() != null ? s.maxNumber() : max;
        if (minimum != null) {
            schema.put("minimum", minimum);
        }
        if (maximum != null) {
            schema.put("maximum", maximum);
        }
    }

    private static void choice(Map<String, Object> schema, FieldSettings s) {
        if (s.options().isEmpty()) {
            schema.put("type", s.multiple() ? "array" : "string"); // a choice without options is reported by the linker
            return;
        }
        List<Object> values = new ArrayList<>(s.options().stream().map(ChoiceOption::value).toList());
        if (s.multiple()) {
            schema.put("type", "array");
            schema.put("items", Map.of("enum", values));
            schema.put("uniqueItems", true);
        } else {
            schema.put("enum", values);
        }
    }

    private void reference(Map<String, Object> schema) {
        if (style == ReferenceStyle.IDS) {
            schema.put("type", "integer");
            schema.put("minimum", 1);
        } else {
            schema.put("type", List.of("string", "number", "array"));
        }
    }

    private void lines(Map<String, Object> schema, EntityDef entity, FieldDef field, int depth) {
        schema.put("type", "array");
        Optional<EntityDef> child = definitions.entity(entity.appId(), field.settings().entity());
        if (child.isPresent() && depth < 3) {
            schema.put("items", recordObject(child.get(), depth + 1));
        }
        if (field.settings().minNumber() != null) {
            schema.put("minItems", field.settings().minNumber().intValue());
        } else if (field.required()) {
            schema.put("minItems", 1);
        }
        if (field.settings().maxNumber() != null) {
            schema.put("maxItems", field.settings().maxNumber().intValue());
        }
    }

    private static void attachment(Map<String, Object> schema, FieldSettings s) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("type", "object");
        file.put("properties", Map.of(
                "name", Map.of("type", "string", "minLength", 1, "maxLength", 255),
                "mediaType", Map.of("type", "string"),
                "size", Map.of("type", "integer", "minimum", 0),
                "ref", Map.of("type", "string")));
        file.put("required", List.of("name"));
        file.put("additionalProperties", false);
        if (s.multiple()) {
            schema.put("type", "array");
            schema.put("items", file);
        } else {
            schema.putAll(file);
        }
    }
}
