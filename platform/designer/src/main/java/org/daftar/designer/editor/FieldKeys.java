package org.daftar.designer.editor;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daftar.model.entity.FieldType;

/**
 * Which keys of its own each field type has (see the field types table of the definitions
 * language), so the field editor shows only those and a type change drops the ones that no longer
 * apply.
 */
final class FieldKeys {

    /** Every type-specific key the editor knows. */
    static final Set<String> ALL = Set.of("maxLength", "minLength", "pattern", "min", "max", "precision", "scale",
            "currency", "currencyField", "options", "multiple", "entity", "maxSize", "accept", "expression", "resultType");

    private static final Map<String, List<String>> OWN = Map.ofEntries(
            Map.entry("text", List.of("maxLength", "minLength", "pattern")),
            Map.entry("long-text", List.of("maxLength")),
            Map.entry("email", List.of("maxLength")),
            Map.entry("phone", List.of("maxLength")),
            Map.entry("url", List.of("maxLength")),
            Map.entry("integer", List.of("min", "max")),
            Map.entry("decimal", List.of("precision", "scale", "min", "max")),
            Map.entry("money", List.of("currency", "currencyField", "scale", "min", "max")),
            Map.entry("percent", List.of("scale", "min", "max")),
            Map.entry("date", List.of("min", "max")),
            Map.entry("choice", List.of("options", "multiple")),
            Map.entry("reference", List.of("entity")),
            Map.entry("lines", List.of("entity", "min", "max")),
            Map.entry("attachment", List.of("maxSize", "multiple")),
            Map.entry("auto-number", List.of("pattern")),
            Map.entry("computed", List.of("expression", "resultType", "scale")));

    private FieldKeys() {}

    /** The keys of {@code type} (empty for types with none, and for plugins' types). */
    static List<String> of(String type) {
        return OWN.getOrDefault(type, List.of());
    }

    /** The names of the built-in types, as definitions write them. */
    static List<String> types() {
        return java.util.Arrays.stream(FieldType.values()).map(FieldType::typeName).toList();
    }
}
