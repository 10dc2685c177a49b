package org.daftar.model.link;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daftar.model.data.DataSet;
import org.daftar.model.data.SampleRecord;
import org.daftar.model.entity.EntityDef;

/**
 * The natural keys of every entity's sample records: how sample data refers to other records, and
 * which keys are repeated.
 */
final class NaturalKeys {

    private final Problems problems;
    private final Map<String, Set<String>> keysByEntity = new HashMap<>();
    private final Set<String> unverifiable = new HashSet<>();

    NaturalKeys(Problems problems) {
        this.problems = problems;
    }

    void index(EntityDef entity, DataSet set) {
        if (entity.naturalKey().isEmpty()) {
            return;
        }
        if (entity.naturalKey().stream().anyMatch(name -> entity.field(name).isEmpty())) {
            unverifiable.add(entity.qualifiedId()); // the key names a missing field, reported on the entity
            return;
        }
        Set<String> keys = keysByEntity.computeIfAbsent(entity.qualifiedId(), k -> new HashSet<>());
        int number = 0;
        for (SampleRecord record : set.records()) {
            number++;
            List<Object> parts = entity.naturalKey().stream().map(record.values()::get).toList();
            if (parts.stream().anyMatch(part -> part == null)) {
                continue; // a missing key field is reported by the record schema when it is required
            }
            String key = key(parts);
            if (!keys.add(key)) {
                problems.add(record.positionOf(entity.naturalKey().getFirst()), "$.records[" + (number - 1) + "]",
                        "Sample record " + number + " of '" + entity.id() + "' repeats the natural key " + key
                                + ": natural keys are unique.");
            }
        }
    }

    /** What is wrong with a reference written as {@code value}; {@code null} when it points to a record. */
    String problemOf(EntityDef target, Object value) {
        if (unverifiable.contains(target.qualifiedId())) {
            return null;
        }
        if (target.naturalKey().isEmpty()) {
            return "refers to '" + target.id() + "', which has no naturalKey: give it one so that sample data can name its records.";
        }
        Set<String> keys = keysByEntity.get(target.qualifiedId());
        List<Object> parts = value instanceof List<?> list ? List.copyOf(list) : List.of(value);
        String key = key(parts);
        if (keys == null || !keys.contains(key)) {
            return "refers to " + key + ", which is not a natural key (" + String.join(", ", target.naturalKey())
                    + ") of the sample data of '" + target.qualifiedId() + "'.";
        }
        return null;
    }

    private static String key(List<Object> parts) {
        return parts.stream().map(NaturalKeys::text).toList().toString();
    }

    private static String text(Object value) {
        return value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
    }
}
