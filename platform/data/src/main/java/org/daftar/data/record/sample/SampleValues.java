package org.daftar.data.record.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daftar.model.Definitions;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;

/**
 * A sample record's values as the record service takes them: references written as natural keys
 * become the ids of the records loaded before, in the record and in its lines; everything else is
 * passed on as written (the service brings texts and numbers to their field's type).
 */
final class SampleValues {

    /** A reference to a record that is not loaded (yet). */
    record Unresolved(String field, String key, EntityDef target) {}

    private final Definitions definitions;
    private final NaturalKeys keys;

    SampleValues(Definitions definitions, NaturalKeys keys) {
        this.definitions = definitions;
        this.keys = keys;
    }

    /** The values with references resolved; references that cannot be are added to {@code unresolved}. */
    Map<String, Object> resolve(EntityDef entity, Map<String, Object> values, List<Unresolved> unresolved) {
        Map<String, Object> resolved = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            Optional<FieldDef> field = entity.field(name);
            Optional<EntityDef> target = field.map(FieldDef::settings).map(s -> s.entity())
                    .flatMap(ref -> definitions.entity(entity.appId(), ref));
            if (value == null || field.isEmpty() || target.isEmpty()) {
                resolved.put(name, value);
            } else if (field.get().is(FieldType.REFERENCE)) {
                String key = NaturalKeys.keyOf(value);
                Optional<Long> id = keys.id(target.get(), key);
                id.ifPresentOrElse(found -> resolved.put(name, found), () -> unresolved.add(new Unresolved(name, key, target.get())));
            } else if (field.get().is(FieldType.LINES) && value instanceof List<?> lines) {
                List<Object> rows = new ArrayList<>();
                for (Object line : lines) {
                    rows.add(line instanceof Map<?, ?> map ? resolve(target.get(), stringKeys(map), unresolved) : line);
                }
                resolved.put(name, rows);
            } else {
                resolved.put(name, value);
            }
        });
        return resolved;
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> values = new LinkedHashMap<>();
        map.forEach((key, value) -> values.put(String.valueOf(key), value));
        return values;
    }
}
