package org.daftar.data.record.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daftar.model.Definitions;
import org.daftar.model.app.App;
import org.daftar.model.data.DataSet;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;

/**
 * The order sample data sets are loaded in: an entity's records after those of every other entity
 * they (or their lines) refer to, across apps; otherwise in the order of the apps and their files.
 * Records that refer to records of their own entity (an employee's manager) are ordered by
 * {@link SampleDataLoader} itself.
 */
final class SampleDataOrder {

    /** A data set and its entity. */
    record Entry(EntityDef entity, DataSet data) {}

    private SampleDataOrder() {}

    static List<Entry> of(Definitions definitions) {
        Map<String, Entry> sets = new LinkedHashMap<>();
        for (App app : definitions.apps()) {
            for (DataSet data : app.data()) {
                definitions.entity(app.id(), data.entity()).ifPresent(entity -> {
                    Entry known = sets.get(entity.qualifiedId());
                    sets.put(entity.qualifiedId(), known == null ? new Entry(entity, data) : merged(known, data));
                });
            }
        }
        List<Entry> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (String entity : sets.keySet()) {
            visit(entity, sets, definitions, done, new ArrayList<>(), ordered);
        }
        return ordered;
    }

    private static Entry merged(Entry known, DataSet more) {
        List<org.daftar.model.data.SampleRecord> records = new ArrayList<>(known.data().records());
        records.addAll(more.records());
        return new Entry(known.entity(), new DataSet(known.data().appId(), known.data().entity(), records, known.data().at()));
    }

    private static void visit(String entity, Map<String, Entry> sets, Definitions definitions, Set<String> done, List<String> path,
            List<Entry> ordered) {
        if (done.contains(entity)) {
            return;
        }
        if (path.contains(entity)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(entity), path.size()));
            cycle.add(entity);
            throw new SampleDataException(List.of(sets.get(entity).data().at() + ": The sample data of " + String.join(" → ", cycle)
                    + " refer to each other, so none can be loaded first. Leave one of these references out of the sample data."));
        }
        path.add(entity);
        for (String target : targets(sets.get(entity).entity(), definitions)) {
            if (!target.equals(entity) && sets.containsKey(target)) {
                visit(target, sets, definitions, done, path, ordered);
            }
        }
        path.removeLast();
        done.add(entity);
        ordered.add(sets.get(entity));
    }

    /** The entities {@code entity} and its lines refer to. */
    private static Set<String> targets(EntityDef entity, Definitions definitions) {
        Set<String> targets = new LinkedHashSet<>();
        for (FieldDef field : entity.fields()) {
            if (field.settings().entity() == null) {
                continue;
            }
            definitions.entity(entity.appId(), field.settings().entity()).ifPresent(target -> {
                if (field.is(FieldType.REFERENCE)) {
                    targets.add(target.qualifiedId());
                } else if (field.is(FieldType.LINES)) {
                    targets.addAll(targets(target, definitions));
                }
            });
        }
        return targets;
    }
}
