package org.daftar.model.load;

import org.daftar.model.expression.Suggestions;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.daftar.model.SourceRef;
import tools.jackson.databind.JsonNode;

/**
 * Words for people from networknt's schema errors: what key or value is wrong, what is expected,
 * and the nearest allowed key when a key is misspelt. The schema's own {@code description} of the
 * value is quoted where it says what the value should look like.
 */
final class SchemaMessages {

    private final Map<String, JsonNode> schemaTrees;

    SchemaMessages(Map<String, JsonNode> schemaTrees) {
        this.schemaTrees = schemaTrees;
    }

    Problem problem(Error error, JsonNode document, DefinitionSource source) {
        JsonNode instance = error.getInstanceNode();
        String path = error.getInstanceLocation().toString();
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        JsonNode schemaParent = schemaParentOf(error);
        String where = describe(error.getInstanceLocation());
        String message;
        JsonNode at = instance;
        switch (keyword) {
            case "additionalProperties" -> {
                String key = error.getProperty();
                at = instance != null && instance.get(key) != null ? instance.get(key) : instance;
                path = path + "." + key;
                List<String> allowed = allowedKeys(schemaParent);
                String suggestion = Suggestions.closest(key, allowed)
                        .map(s -> " Did you mean '" + s + "'?")
                        .orElse(" Allowed keys: " + String.join(", ", allowed) + ".");
                message = "Unknown key '" + key + "' " + where + "." + suggestion;
            }
            case "required" -> message = "Missing required key '" + error.getProperty() + "' " + where + ".";
            case "type" -> message = describeValue(error) + " must be " + expectedTypes(error.getSchemaNode())
                    + ", not " + typeName(instance) + ".";
            case "enum", "const" -> message = describeValue(error) + " must be one of: " + choices(error.getSchemaNode())
                    + "; found '" + text(instance) + "'.";
            case "pattern" -> message = describeValue(error) + " is not valid: '" + text(instance) + "'. "
                    + description(schemaParent, "It must match " + error.getSchemaNode().asString() + ".");
            case "anyOf" -> message = describeValue(error) + " is not valid. " + description(schemaParent, "");
            case "propertyNames" -> message = "'" + error.getProperty() + "' " + where
                    + (schemaParent != null && schemaParent.toString().contains("{2}")
                            ? " is not a language code: texts per language are keyed by two-letter codes such as en and ar."
                            : " is not a field name: lower-case letters, digits and _, starting with a letter.");
            case "minItems" -> message = describeValue(error) + " must have at least " + error.getSchemaNode().asInt()
                    + " item(s).";
            case "uniqueItems" -> message = describeValue(error) + " lists the same item twice.";
            case "minLength" -> message = describeValue(error) + " must not be empty.";
            case "minProperties" -> message = describeValue(error) + " must not be empty.";
            case "minimum", "maximum" -> message = describeValue(error) + " must be " + ("minimum".equals(keyword) ? "at least " : "at most ")
                    + error.getSchemaNode().asString() + ", not " + text(instance) + ".";
            default -> message = where + ": " + error.getMessage();
        }
        SourceRef position = Node.positionOf(at != null ? at : document, source);
        return new Problem(source.location(), position.line(), position.column(), path, message.trim());
    }

    /** The schema object holding the failed keyword, found in our own schema files. */
    private JsonNode schemaParentOf(Error error) {
        if (error.getSchemaLocation() == null) {
            return null;
        }
        String iri = error.getSchemaLocation().getAbsoluteIri().toString();
        String file = iri.substring(iri.lastIndexOf('/') + 1);
        JsonNode node = schemaTrees.get(file);
        NodePath fragment = error.getSchemaLocation().getFragment();
        for (int i = 0; node != null && i < fragment.getNameCount() - 1; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.get(index) : node.get(element.toString());
        }
        return node;
    }

    private static List<String> allowedKeys(JsonNode schema) {
        List<String> keys = new ArrayList<>();
        if (schema != null && schema.get("properties") != null) {
            schema.get("properties").propertyNames().forEach(keys::add);
        }
        return keys;
    }

    private static String description(JsonNode schema, String fallback) {
        return schema != null && schema.get("description") != null ? schema.get("description").asString() : fallback;
    }

    private static String describeValue(Error error) {
        NodePath path = error.getInstanceLocation();
        if (path.getNameCount() == 0) {
            return "The document";
        }
        Object last = path.getElement(path.getNameCount() - 1);
        String owner = describe(path.getParent());
        return last instanceof Integer index
                ? "Item " + (index + 1) + " " + owner
                : "The value of '" + last + "' " + owner;
    }

    /** "in fields item 3" for {@code $.fields[2]}; "at the top level" for the root. */
    static String describe(NodePath path) {
        if (path == null || path.getNameCount() == 0) {
            return "at the top level";
        }
        StringBuilder words = new StringBuilder("in ");
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                words.append(" item ").append(index + 1);
            } else {
                words.append(i == 0 ? "" : " › ").append(element);
            }
        }
        return words.toString();
    }

    private static String expectedTypes(JsonNode typeKeyword) {
        if (typeKeyword == null) {
            return "of another type";
        }
        List<String> types = new ArrayList<>();
        if (typeKeyword.isArray()) {
            typeKeyword.forEach(t -> types.add(article(t.asString())));
        } else {
            types.add(article(typeKeyword.asString()));
        }
        return String.join(" or ", types);
    }

    private static String article(String jsonType) {
        return switch (jsonType) {
            case "object" -> "a mapping (key: value)";
            case "array" -> "a list";
            case "string" -> "a text";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            default -> jsonType;
        };
    }

    static String typeName(JsonNode value) {
        if (value == null || value.isNull()) {
            return "empty";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isBoolean()) {
            return "true/false";
        }
        if (value.isNumber()) {
            return "the number " + value.asString();
        }
        return "the text '" + value.asString() + "'";
    }

    private static String choices(JsonNode enumKeyword) {
        if (enumKeyword == null) {
            return "?";
        }
        if (!enumKeyword.isArray()) {
            return enumKeyword.asString();
        }
        List<String> values = new ArrayList<>();
        enumKeyword.forEach(v -> values.add(v.asString()));
        return values.stream().collect(Collectors.joining(", "));
    }

    private static String text(JsonNode value) {
        return value == null ? "" : value.isValueNode() ? value.asString() : value.toString();
    }
}
