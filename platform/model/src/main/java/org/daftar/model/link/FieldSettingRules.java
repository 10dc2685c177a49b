package org.daftar.model.link;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daftar.model.entity.FieldSettings;
import org.daftar.model.entity.FieldType;

/** Which type-specific settings each built-in field type takes, and which it must have. */
final class FieldSettingRules {

    private static final Map<FieldType, Set<String>> ALLOWED = new EnumMap<>(FieldType.class);
    private static final Map<FieldType, Set<String>> REQUIRED = new EnumMap<>(FieldType.class);

    static {
        Set<String> textual = Set.of("maxLength");
        ALLOWED.put(FieldType.TEXT, Set.of("maxLength", "minLength", "pattern"));
        ALLOWED.put(FieldType.LONG_TEXT, Set.of("maxLength", "minLength"));
        ALLOWED.put(FieldType.INTEGER, Set.of("min", "max"));
        ALLOWED.put(FieldType.DECIMAL, Set.of("min", "max", "precision", "scale"));
        ALLOWED.put(FieldType.MONEY, Set.of("min", "max", "precision", "scale", "currency", "currencyField"));
        ALLOWED.put(FieldType.PERCENT, Set.of("min", "max", "scale"));
        ALLOWED.put(FieldType.DATE, Set.of("min", "max"));
        ALLOWED.put(FieldType.DATE_TIME, Set.of());
        ALLOWED.put(FieldType.TIME, Set.of());
        ALLOWED.put(FieldType.BOOLEAN, Set.of());
        ALLOWED.put(FieldType.CHOICE, Set.of("options", "multiple"));
        ALLOWED.put(FieldType.REFERENCE, Set.of("entity"));
        ALLOWED.put(FieldType.USER, Set.of());
        ALLOWED.put(FieldType.LINES, Set.of("entity", "min", "max"));
        ALLOWED.put(FieldType.EMAIL, textual);
        ALLOWED.put(FieldType.PHONE, textual);
        ALLOWED.put(FieldType.URL, textual);
        ALLOWED.put(FieldType.ATTACHMENT, Set.of("maxSize", "accept", "multiple"));
        ALLOWED.put(FieldType.AUTO_NUMBER, Set.of("pattern"));
        ALLOWED.put(FieldType.COMPUTED, Set.of("expression", "resultType", "scale"));
        REQUIRED.put(FieldType.CHOICE, Set.of("options"));
        REQUIRED.put(FieldType.REFERENCE, Set.of("entity"));
        REQUIRED.put(FieldType.LINES, Set.of("entity"));
        REQUIRED.put(FieldType.AUTO_NUMBER, Set.of("pattern"));
        REQUIRED.put(FieldType.COMPUTED, Set.of("expression"));
    }

    private FieldSettingRules() {}

    static Set<String> allowed(FieldType type) {
        return ALLOWED.get(type);
    }

    static Set<String> required(FieldType type) {
        return REQUIRED.getOrDefault(type, Set.of());
    }

    /** The settings a field gives, by their key in definitions. */
    static List<String> given(FieldSettings s) {
        List<String> keys = new ArrayList<>();
        addIf(keys, "maxLength", s.maxLength());
        addIf(keys, "minLength", s.minLength());
        addIf(keys, "pattern", s.pattern() != null ? s.pattern() : s.autoNumberPattern());
        addIf(keys, "min", s.min());
        addIf(keys, "max", s.max());
        addIf(keys, "precision", s.precision());
        addIf(keys, "scale", s.scale());
        addIf(keys, "currency", s.currency());
        addIf(keys, "currencyField", s.currencyField());
        addIf(keys, "options", s.options().isEmpty() ? null : s.options());
        addIf(keys, "multiple", s.multiple() ? Boolean.TRUE : null);
        addIf(keys, "entity", s.entity());
        addIf(keys, "expression", s.expression());
        addIf(keys, "resultType", s.resultType());
        addIf(keys, "maxSize", s.maxSize());
        addIf(keys, "accept", s.accept().isEmpty() ? null : s.accept());
        return keys;
    }

    private static void addIf(List<String> keys, String key, Object value) {
        if (value != null) {
            keys.add(key);
        }
    }
}
