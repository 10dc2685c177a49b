package org.daftar.data.record.sample;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.daftar.model.Definitions;
import org.daftar.model.data.SampleRecord;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;

/**
 * Orders the sample records of an entity whose records refer to each other (an employee and their
 * manager) so that a record comes after the ones it refers to; records of other entities keep the
 * order of their file.
 */
final class SelfReferences {

    private SelfReferences() {}

    static List<SampleRecord> order(EntityDef entity, Definitions definitions, List<SampleRecord> records) {
        List<String> fields = entity.fields().stream()
                .filter(field -> field.is(FieldType.REFERENCE) && field.settings().entity() != null)
                .filter(field -> definitions.entity(entity.appId(), field.settings().entity())
                        .map(target -> target.qualifiedId().equals(entity.qualifiedId())).orElse(false))
                .map(FieldDef::name).toList();
        if (fields.isEmpty() || entity.naturalKey().isEmpty()) {
            return records;
        }
        Set<String> inSet = new HashSet<>();
        records.forEach(record -> inSet.add(key(entity, record)));
        List<SampleRecord> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<SampleRecord> pending = new ArrayList<>(records);
        while (!pending.isEmpty()) {
            List<SampleRecord> ready = pending.stream().filter(record -> fields.stream().allMatch(field -> {
                Object value = record.values().get(field);
                String key = value == null ? null : NaturalKeys.keyOf(value);
                return key == null || !inSet.contains(key) || placed.contains(key);
            })).toList();
            if (ready.isEmpty()) {
                ordered.addAll(pending); // a cycle: loading them says which reference cannot be resolved
                break;
            }
            ready.forEach(record -> placed.add(key(entity, record)));
            ordered.addAll(ready);
            pending.removeAll(ready);
        }
        return ordered;
    }

    private static String key(EntityDef entity, SampleRecord record) {
        return NaturalKeys.key(entity.naturalKey().stream().map(record.values()::get).toList());
    }
}
