package org.daftar.data.migration.planner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.daftar.data.migration.desired.DesiredSchema;
import org.daftar.data.migration.live.CatalogTable;
import org.daftar.data.migration.live.LiveEntity;
import org.daftar.data.migration.live.LiveSchema;
import org.daftar.data.migration.live.ObjectKind;
import org.daftar.data.migration.planner.RenameOrder.Rename;
import org.daftar.data.migration.step.AddEntity;
import org.daftar.data.migration.step.AddObject;
import org.daftar.data.migration.step.ArchiveEntity;
import org.daftar.data.migration.step.CannotApply;
import org.daftar.data.migration.step.CreateSchema;
import org.daftar.data.migration.step.ObjectRename;
import org.daftar.data.migration.step.PurgeEntity;
import org.daftar.data.migration.step.RenameEntity;
import org.daftar.data.migration.step.RestoreEntity;
import org.daftar.data.migration.step.Risk;
import org.daftar.data.migration.step.SchemaObject;
import org.daftar.data.migration.step.Step;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.Sql;
import org.daftar.data.schema.TableSpec.TableRef;
import org.daftar.data.schema.TableSpec;

/**
 * Compares what the definitions want with the live database and lists the steps that make the one
 * into the other, in the order they can run. An empty list means the database matches.
 *
 * <pre>{@code
 * LiveSchema live = new LiveSchemaReader(connection).read(target.appIds());
 * List<Step> steps = new Planner().plan(target, live, Set.of("support.ticket.fax"));
 * steps.forEach(step -> System.out.println(step.words()));
 * }</pre>
 */
public final class Planner {

    /**
     * @param purge what to purge: {@code app.entity} or {@code app.entity.field} of entities and
     *     fields the definitions no longer have
     * @throws IllegalArgumentException when a purge names something that cannot be purged
     */
    public List<Step> plan(DesiredSchema target, LiveSchema live, Collection<String> purge) {
        PurgeRequests purges = PurgeRequests.check(purge, target, live);
        Steps steps = new Steps();
        target.appIds().stream().filter(app -> !live.hasSchema(app)).forEach(app -> steps.add(Phase.SCHEMAS, new CreateSchema(app)));
        List<TableMatch> matches = TableMatch.of(target, live);
        Map<String, Set<String>> tableNames = removedEntities(target, live, purges, steps);
        Function<TableRef, Optional<String>> liveTableOf = ref -> matches.stream()
                .filter(m -> !m.isNew() && m.target().ref().equals(ref)).findFirst()
                .map(m -> Sql.qualified(m.live().schema(), m.live().name()));
        Map<TableMatch, List<ObjectRename>> objectRenames = new HashMap<>();
        for (TableMatch match : matches) {
            if (!match.isNew()) {
                objectRenames.put(match, new TableChanges(TableContext.of(target, live, match), match, purges, liveTableOf, steps).plan());
            }
        }
        renameEntities(matches, objectRenames, tableNames, steps);
        addEntities(target, matches, steps);
        return steps.ordered();
    }

    /**
     * Archives (or purges, when asked) the entities the definitions no longer have, and returns
     * the table names of each schema once they are archived.
     */
    private static Map<String, Set<String>> removedEntities(DesiredSchema target, LiveSchema live, PurgeRequests purges, Steps steps) {
        Map<String, Set<String>> names = new HashMap<>();
        live.tables().keySet().forEach(ref -> names.computeIfAbsent(ref.schema(), s -> new HashSet<>()).add(ref.name()));
        for (LiveEntity entity : live.entities()) {
            Optional<CatalogTable> table = live.table(entity.appId(), entity.tableName());
            if (target.table(entity.appId(), entity.entityId()).isPresent() || table.isEmpty()) {
                continue;
            }
            TableRef ref = table.get().ref();
            if (purges.entity(entity.appId(), entity.entityId())) {
                steps.add(Phase.PURGE, new PurgeEntity(entity.entityId(), ref));
            } else if (!entity.archived()) {
                Set<String> schemaNames = names.get(ref.schema());
                String archivedName = ArchivedNames.choose(entity.entityId(), schemaNames);
                schemaNames.remove(ref.name());
                schemaNames.add(archivedName);
                steps.add(Phase.ARCHIVE_ENTITIES, new ArchiveEntity(entity.entityId(), ref, archivedName,
                        live.objectsOf(entity.appId(), entity.entityId()).stream()
                                .filter(o -> table.get().hasObject(o.name())).toList()));
            }
        }
        return names;
    }

    private static void renameEntities(List<TableMatch> matches, Map<TableMatch, List<ObjectRename>> objectRenames,
            Map<String, Set<String>> tableNames, Steps steps) {
        Map<String, List<Rename<TableMatch>>> bySchema = new LinkedHashMap<>();
        for (TableMatch match : matches) {
            if (match.renames()) {
                bySchema.computeIfAbsent(match.target().schema(), s -> new ArrayList<>())
                        .add(new Rename<>(match.live().name(), match.target().name(), match));
            }
        }
        bySchema.forEach((schema, renames) -> {
            RenameOrder.Result<TableMatch> order = RenameOrder.of(renames, tableNames.getOrDefault(schema, Set.of()));
            for (Rename<TableMatch> rename : order.ordered()) {
                TableMatch match = rename.item();
                List<ObjectRename> objects = objectRenames.getOrDefault(match, List.of());
                steps.add(Phase.RENAME_ENTITIES, match.restores() ? new RestoreEntity(match.live().name(), match.target(), objects)
                        : new RenameEntity(match.live().ref(), match.target(), objects));
            }
            for (Rename<TableMatch> rename : order.unresolved()) {
                steps.add(Phase.RENAME_ENTITIES, new CannotApply(
                        Words.of("step.renameEntityBlocked", rename.from(), rename.to(), schema),
                        "rename entity " + rename.from() + " to " + rename.to(),
                        Risk.blocked(Words.of("reason.tableNameTaken", rename.to(), schema),
                                Words.of("remedy.tableNameTaken", rename.to()))));
            }
        });
    }

    /**
     * New entities, each with its keys and indexes, referenced tables first; a foreign key to a
     * table made later (references in a cycle) gets a step of its own, after every table.
     */
    private static void addEntities(DesiredSchema target, List<TableMatch> matches, Steps steps) {
        Set<TableRef> made = new HashSet<>();
        matches.stream().filter(m -> !m.isNew()).forEach(m -> made.add(m.target().ref()));
        for (TableSpec table : referencedFirst(matches.stream().filter(TableMatch::isNew).map(TableMatch::target).toList(), made)) {
            made.add(table.ref());
            List<SchemaObject> now = new ArrayList<>();
            for (SchemaObject object : target.objectsOf(table)) {
                if (object.kind() == ObjectKind.CHECK) {
                    continue; // made with the table
                }
                boolean later = object.kind() == ObjectKind.FOREIGN_KEY && table.foreignKeys().stream()
                        .anyMatch(key -> key.name().equals(object.name()) && !made.contains(key.target()));
                if (later) {
                    steps.add(Phase.ADD_OBJECTS, new AddObject(table.name(), object, List.of()));
                } else {
                    now.add(object);
                }
            }
            steps.add(Phase.ADD_ENTITIES, new AddEntity(table, now));
        }
    }

    /** {@code tables} in an order where each comes after the tables it refers to, as far as cycles allow. */
    private static List<TableSpec> referencedFirst(List<TableSpec> tables, Set<TableRef> existing) {
        List<TableSpec> pending = new ArrayList<>(tables);
        List<TableSpec> ordered = new ArrayList<>();
        Set<TableRef> made = new HashSet<>(existing);
        while (!pending.isEmpty()) {
            TableSpec next = pending.stream()
                    .filter(t -> t.foreignKeys().stream().allMatch(k -> made.contains(k.target()) || k.target().equals(t.ref())))
                    .findFirst().orElse(pending.getFirst());
            pending.remove(next);
            ordered.add(next);
            made.add(next.ref());
        }
        return ordered;
    }
}
