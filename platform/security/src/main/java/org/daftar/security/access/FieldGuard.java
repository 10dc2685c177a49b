package org.daftar.security.access;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.daftar.data.record.value.SameValues;
import org.daftar.data.schema.SystemColumns;
import org.daftar.security.policy.EntityRights;

/**
 * Field permissions on record maps: hidden fields are taken out of what is returned, and a write
 * may not set a hidden or read-only field (on an update: may not change it; sending its current
 * value, as a form does, is fine).
 */
final class FieldGuard {

    private static final java.util.Set<String> SYSTEM = java.util.Set.of(SystemColumns.ID, SystemColumns.VERSION,
            SystemColumns.CREATED_AT, SystemColumns.CREATED_BY, SystemColumns.UPDATED_AT, SystemColumns.UPDATED_BY,
            SystemColumns.DELETED_AT, SystemColumns.DELETED_BY, SystemColumns.PARENT_ID, SystemColumns.LINE_NO);

    private final Refusals refusals;

    FieldGuard(Refusals refusals) {
        this.refusals = refusals;
    }

    /** The record without the fields hidden from the user, lines included. */
    Map<String, Object> visible(Map<String, Object> record, EntityRights rights, Map<String, EntityRights> lineRights) {
        Map<String, Object> shown = new LinkedHashMap<>();
        record.forEach((field, value) -> {
            if (rights.hidden().contains(field)) {
                return;
            }
            EntityRights lines = lineRights.get(field);
            shown.put(field, lines != null && value instanceof List<?> list ? visibleLines(list, lines) : value);
        });
        return shown;
    }

    private List<Object> visibleLines(List<?> lines, EntityRights rights) {
        List<Object> shown = new ArrayList<>();
        for (Object line : lines) {
            if (line instanceof Map<?, ?> map) {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> {
                    if (!rights.hidden().contains(String.valueOf(k))) {
                        copy.put(String.valueOf(k), v);
                    }
                });
                shown.add(copy);
            } else {
                shown.add(line);
            }
        }
        return shown;
    }

    /**
     * Refuses values that set a field the user may not set.
     *
     * @param stored the record before the write, or {@code null} for a new record
     */
    void checkWritable(String entity, Map<String, ?> values, Map<String, Object> stored, EntityRights rights,
            Map<String, EntityRights> lineRights, Locale locale) {
        for (var entry : values.entrySet()) {
            String field = entry.getKey();
            if (SYSTEM.contains(field)) {
                continue;
            }
            Object before = stored == null ? null : stored.get(field);
            if (!rights.canSet(field) && !same(entry.getValue(), before)) {
                throw refusals.field(entity, field, locale);
            }
            EntityRights lines = lineRights.get(field);
            if (lines != null && entry.getValue() instanceof List<?> given) {
                checkLines(lines, given, before instanceof List<?> list ? list : List.of(), locale);
            }
        }
    }

    private void checkLines(EntityRights rights, List<?> given, List<?> stored, Locale locale) {
        if (rights.hidden().isEmpty() && rights.readOnly().isEmpty()) {
            return;
        }
        Map<Object, Map<?, ?>> storedById = new HashMap<>();
        stored.forEach(line -> {
            if (line instanceof Map<?, ?> map) {
                storedById.put(number(map.get(SystemColumns.ID)), map);
            }
        });
        for (Object line : given) {
            if (!(line instanceof Map<?, ?> map)) {
                continue;
            }
            Map<?, ?> before = storedById.getOrDefault(number(map.get(SystemColumns.ID)), Map.of());
            for (var value : map.entrySet()) {
                String field = String.valueOf(value.getKey());
                if (!SYSTEM.contains(field) && !rights.canSet(field) && !same(value.getValue(), before.get(field))) {
                    throw refusals.field(rights.entity(), field, locale);
                }
            }
        }
    }

    /** The same value as a person sees it: numbers by value, an empty text as no value. */
    static boolean same(Object given, Object stored) {
        Object a = normal(given);
        Object b = normal(stored);
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (SameValues.same(a, b)) {
            return true;
        }
        return a != null && b != null && !(a instanceof Map<?, ?>) && !(a instanceof List<?>)
                && Objects.equals(a.toString(), b.toString());
    }

    private static Object normal(Object value) {
        if (value instanceof CharSequence text && text.toString().isBlank()) {
            return null;
        }
        if (value instanceof List<?> list && list.isEmpty()) {
            return null;
        }
        return number(value);
    }

    private static Object number(Object value) {
        return switch (value) {
            case Long l -> BigDecimal.valueOf(l);
            case Integer i -> BigDecimal.valueOf(i);
            case Short s -> BigDecimal.valueOf(s);
            case Double d -> BigDecimal.valueOf(d);
            case null, default -> value;
        };
    }
}
