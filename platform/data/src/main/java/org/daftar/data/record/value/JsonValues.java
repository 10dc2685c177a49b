package org.daftar.data.record.value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Record values as JSON, the way the record JSON Schema and the audit see them: dates, times and
 * moments as ISO texts ({@code 2026-03-01}, {@code 14:30:00}, {@code 2026-03-01T10:00+03:00}),
 * numbers as numbers, lists as arrays, attachments as objects; and back.
 */
public final class JsonValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Decimals read as written: 14.00 stays 14.00, as the record service wrote it. */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private JsonValues() {}

    /** A Java value as a JSON node; a value of no JSON kind is written as its text. */
    public static JsonNode toNode(Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case String text -> NODES.stringNode(text);
            case Boolean b -> NODES.booleanNode(b);
            case Long l -> NODES.numberNode(l);
            case Integer i -> NODES.numberNode(i);
            case BigDecimal d -> NODES.numberNode(d);
            case Double d -> NODES.numberNode(d);
            case LocalTime time -> NODES.stringNode(time.format(TIME));
            case LocalDate date -> NODES.stringNode(date.toString());
            case OffsetDateTime moment -> NODES.stringNode(moment.toString());
            case Map<?, ?> map -> object(map);
            case Collection<?> items -> {
                ArrayNode array = NODES.arrayNode(items.size());
                items.forEach(item -> array.add(toNode(item)));
                yield array;
            }
            default -> NODES.stringNode(value.toString());
        };
    }

    private static ObjectNode object(Map<?, ?> map) {
        ObjectNode object = NODES.objectNode();
        map.forEach((key, item) -> object.set(String.valueOf(key), toNode(item)));
        return object;
    }

    /** A new empty JSON object. */
    public static ObjectNode newObject() {
        return NODES.objectNode();
    }

    /** A new empty JSON array. */
    public static ArrayNode newArray() {
        return NODES.arrayNode();
    }

    /** The JSON text of a node. */
    public static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** The node of a JSON text. */
    public static JsonNode read(String json) {
        return MAPPER.readTree(json);
    }

    /** A value of {@code kind} written by {@link #toNode}, as the Java value it was. */
    public static Object fromNode(JsonNode node, FieldKind kind, ZoneId zone) {
        if (node == null || node.isNull()) {
            return null;
        }
        return switch (kind) {
            case TEXT -> node.isString() ? node.stringValue() : node.toString();
            case INTEGER, REFERENCE -> node.canConvertToLong() ? (Object) node.longValue() : plain(node);
            case DECIMAL -> node.isNumber() ? node.decimalValue() : plain(node);
            case BOOLEAN -> node.isBoolean() ? node.booleanValue() : plain(node);
            case DATE -> node.isString() ? LocalDate.parse(node.stringValue()) : plain(node);
            case DATETIME -> node.isString()
                    ? OffsetDateTime.parse(node.stringValue()).atZoneSameInstant(zone).toOffsetDateTime() : plain(node);
            case TIME -> node.isString() ? LocalTime.parse(node.stringValue()) : plain(node);
            case MULTI_CHOICE, ATTACHMENT, LINES -> plain(node);
        };
    }

    /** A JSON node as plain Java: maps, lists, texts, longs, decimals, booleans and nulls. */
    public static Object plain(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(entry -> map.put(entry.getKey(), plain(entry.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>(node.size());
            node.forEach(item -> items.add(plain(item)));
            return items;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asString();
    }
}
