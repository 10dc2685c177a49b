package org.daftar.model.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.daftar.model.ExpressionText;
import org.daftar.model.FieldRef;
import org.daftar.model.LocalizedText;
import org.daftar.model.SourceRef;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import com.networknt.schema.utils.JsonNodes;

/**
 * A value of a definition document together with the file it came from: what the readers walk.
 * Readers only run on documents that passed their JSON Schema, so the shapes are known.
 */
record Node(JsonNode json, DefinitionSource source) {

    SourceRef at() {
        return positionOf(json, source);
    }

    static SourceRef positionOf(JsonNode json, DefinitionSource source) {
        TokenStreamLocation location = json == null ? null : JsonNodes.tokenStreamLocationOf(json);
        if (location == null) {
            return new SourceRef(source.location(), 1, 1);
        }
        return new SourceRef(source.location(), Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    /** Where the value of each key of this mapping was written. */
    Map<String, SourceRef> positions() {
        Map<String, SourceRef> positions = new LinkedHashMap<>();
        json.properties().forEach(entry -> positions.put(entry.getKey(), positionOf(entry.getValue(), source)));
        return positions;
    }

    /** A token as an enum constant ({@code read-only} to {@code READ_ONLY}), or the fallback when it is none. */
    <E extends Enum<E>> E constant(String key, Class<E> type, E fallback) {
        E constant = has(key) ? Tokens.constant(type, text(key)) : null;
        return constant != null ? constant : fallback;
    }

    boolean has(String key) {
        JsonNode value = json.get(key);
        return value != null && !value.isNull();
    }

    Node get(String key) {
        return has(key) ? new Node(json.get(key), source) : null;
    }

    String text(String key) {
        return has(key) ? json.get(key).asString() : null;
    }

    String text(String key, String fallback) {
        String value = text(key);
        return value != null ? value : fallback;
    }

    boolean bool(String key) {
        return has(key) && json.get(key).isBoolean() && json.get(key).asBoolean();
    }

    Integer integer(String key) {
        return has(key) ? json.get(key).asInt() : null;
    }

    LocalizedText label(String key) {
        if (!has(key)) {
            return null;
        }
        JsonNode value = json.get(key);
        if (value.isString()) {
            return LocalizedText.of(value.asString());
        }
        Map<String, String> texts = new LinkedHashMap<>();
        value.properties().forEach(entry -> texts.put(entry.getKey(), entry.getValue().asString()));
        return new LocalizedText(texts);
    }

    /** An expression, positioned at its first character (after an opening quote). */
    ExpressionText expression(String key) {
        if (!has(key)) {
            return null;
        }
        JsonNode value = json.get(key);
        SourceRef at = positionOf(value, source);
        TokenStreamLocation location = JsonNodes.tokenStreamLocationOf(value);
        if (location != null && location.getCharOffset() >= 0 && location.getCharOffset() < source.text().length()) {
            char first = source.text().charAt((int) location.getCharOffset());
            if (first == '"' || first == '\'') {
                at = at.shifted(1);
            }
        }
        return new ExpressionText(value.asString(), at);
    }

    FieldRef fieldRef(String key) {
        return has(key) ? new FieldRef(json.get(key).asString(), positionOf(json.get(key), source)) : null;
    }

    List<Node> list(String key) {
        List<Node> items = new ArrayList<>();
        if (has(key)) {
            json.get(key).forEach(item -> items.add(new Node(item, source)));
        }
        return items;
    }

    /** The items of a list, each read by {@code reader}; items it cannot read (null) are left out. */
    <T> List<T> list(String key, Function<Node, T> reader) {
        return list(key).stream().map(reader).filter(java.util.Objects::nonNull).toList();
    }

    List<String> texts(String key) {
        return list(key, Node::asText);
    }

    List<FieldRef> fieldRefs(String key) {
        return list(key, node -> new FieldRef(node.asText(), node.at()));
    }

    String asText() {
        return json.asString();
    }

    boolean isText() {
        return json.isString();
    }

    /** A plain value: texts, booleans, numbers as {@link BigDecimal}, lists and maps of those. */
    Object plain() {
        return plain(json);
    }

    Object plain(String key) {
        return has(key) ? plain(json.get(key)) : null;
    }

    static Object plain(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            BigDecimal number = new BigDecimal(value.asString()).stripTrailingZeros();
            return number.scale() < 0 ? number.setScale(0) : number;
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isArray()) {
            List<Object> items = new ArrayList<>();
            value.forEach(item -> items.add(plain(item)));
            return items;
        }
        if (value.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            value.properties().forEach(entry -> map.put(entry.getKey(), plain(entry.getValue())));
            return map;
        }
        return value.asString();
    }
}
