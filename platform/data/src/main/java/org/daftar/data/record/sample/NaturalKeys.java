package org.daftar.data.record.sample;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daftar.model.entity.EntityDef;

/**
 * The ids of the sample records loaded so far, by entity and natural key, written as sample data
 * writes them: {@code C-0001}, or {@code [ELE-0001, WH-1]} for a key of several fields (whose
 * references are themselves natural keys). The keys are texts, as the definitions linker compares
 * them: {@code 12} and {@code 12.0} are the same key.
 */
final class NaturalKeys {

    private final Map<String, Map<String, Long>> ids = new HashMap<>();

    /** The key of a record whose natural-key fields have {@code parts}. */
    static String key(List<?> parts) {
        return parts.stream().map(NaturalKeys::text).toList().toString();
    }

    /** The key a reference is written as: one value, or a list of values. */
    static String keyOf(Object reference) {
        return key(reference instanceof List<?> parts ? parts : List.of(reference));
    }

    private static String text(Object value) {
        return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : String.valueOf(value);
    }

    void put(EntityDef entity, String key, long id) {
        ids.computeIfAbsent(entity.qualifiedId(), e -> new HashMap<>()).put(key, id);
    }

    Optional<Long> id(EntityDef entity, String key) {
        return Optional.ofNullable(ids.getOrDefault(entity.qualifiedId(), Map.of()).get(key));
    }
}
