package org.daftar.designer.yaml;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Small reads and writes of a definition tree that every editor needs: texts, labels per language,
 * and lists of names that may be written as a plain name or as {@code {field: NAME, ...}}.
 */
public final class Nodes {

    private Nodes() {}

    /** The text at {@code key}, or "" when absent. */
    public static String text(JsonNode node, String key) {
        JsonNode value = node == null ? null : node.get(key);
        return value == null || value.isNull() ? "" : value.asString();
    }

    /** Sets {@code key} to {@code value}, or removes it when blank. */
    public static void setText(ObjectNode node, String key, String value) {
        if (value == null || value.isBlank()) {
            node.remove(key);
        } else {
            node.put(key, value.strip());
        }
    }

    /** Sets {@code key} to the whole number {@code value}, or removes it when blank or not a number. */
    public static void setNumber(ObjectNode node, String key, String value) {
        if (value == null || value.isBlank()) {
            node.remove(key);
            return;
        }
        String number = value.strip();
        try {
            if (number.contains(".")) {
                node.put(key, new java.math.BigDecimal(number));
            } else {
                node.put(key, Long.parseLong(number));
            }
        } catch (NumberFormatException e) {
            node.put(key, number); // kept as written: the check names it at its line and column
        }
    }

    /** Sets {@code key} to true, or removes it when false (the languages' default). */
    public static void setFlag(ObjectNode node, String key, boolean value) {
        if (value) {
            node.put(key, true);
        } else {
            node.remove(key);
        }
    }

    public static boolean flag(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value != null && value.asBoolean(false);
    }

    /** A label in one language: the text of {@code {en: ..., ar: ...}}, or the one string when not per language. */
    public static String label(JsonNode node, String key, String language) {
        JsonNode label = node == null ? null : node.get(key);
        if (label == null || label.isNull()) {
            return "";
        }
        if (label.isObject()) {
            return text(label, language);
        }
        return language.equals("en") ? label.asString() : "";
    }

    /** Sets a label in one language, keeping the other; written {@code {en: ..., ar: ...}}. */
    public static void setLabel(ObjectNode node, String key, String language, String value) {
        JsonNode current = node.get(key);
        ObjectNode label;
        if (current != null && current.isObject()) {
            label = (ObjectNode) current;
        } else {
            label = node.putObject(key);
            if (current != null && current.isString() && !current.asString().isBlank()) {
                label.put("en", current.asString());
            }
        }
        setText(label, language, value);
        if (label.isEmpty()) {
            node.remove(key);
        }
    }

    /** The array at {@code key}, made when absent. */
    public static ArrayNode array(ObjectNode node, String key) {
        JsonNode current = node.get(key);
        if (current instanceof ArrayNode array) {
            return array;
        }
        return node.putArray(key);
    }

    /** The name an entry of a list of fields names: {@code NAME} or {@code {field: NAME}}. */
    public static String fieldName(JsonNode entry) {
        return entry.isObject() ? text(entry, "field") : entry.asString();
    }

    /** The texts of an array of strings (empty when absent). */
    public static List<String> strings(JsonNode node, String key) {
        List<String> values = new ArrayList<>();
        JsonNode array = node.get(key);
        if (array != null && array.isArray()) {
            array.forEach(value -> values.add(value.isObject() ? fieldName(value) : value.asString()));
        }
        return values;
    }

    /** Sets {@code key} to an array of strings, or removes it when empty. */
    public static void setStrings(ObjectNode node, String key, List<String> values) {
        if (values.isEmpty()) {
            node.remove(key);
            return;
        }
        ArrayNode array = node.putArray(key);
        values.forEach(array::add);
    }

    /** Moves the element at {@code from} to {@code to} (both indexes of the array before the move). */
    public static void move(ArrayNode array, int from, int to) {
        if (from == to || from < 0 || from >= array.size()) {
            return;
        }
        JsonNode moved = array.remove(from);
        array.insert(Math.max(0, Math.min(to, array.size())), moved);
    }
}
