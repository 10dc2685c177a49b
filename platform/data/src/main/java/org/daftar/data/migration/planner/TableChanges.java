package org.daftar.data.migration.planner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.daftar.data.migration.live.LiveObject;
import org.daftar.data.migration.live.ObjectKind;
import org.daftar.data.migration.planner.ColumnMatches.Matched;
import org.daftar.data.migration.planner.ColumnMatches.Removed;
import org.daftar.data.migration.planner.RenameOrder.Rename;
import org.daftar.data.migration.step.AddField;
import org.daftar.data.migration.step.AddObject;
import org.daftar.data.migration.step.AddSystemColumn;
import org.daftar.data.migration.step.ArchiveField;
import org.daftar.data.migration.step.CannotApply;
import org.daftar.data.migration.step.ChangeRequired;
import org.daftar.data.migration.step.DataCheck;
import org.daftar.data.migration.step.DropObject;
import org.daftar.data.migration.step.ObjectRename;
import org.daftar.data.migration.step.PurgeField;
import org.daftar.data.migration.step.RenameField;
import org.daftar.data.migration.step.RenameObject;
import org.daftar.data.migration.step.RestoreField;
import org.daftar.data.migration.step.Risk;
import org.daftar.data.migration.step.SchemaObject;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.ColumnSpec;
import org.daftar.data.schema.SystemColumns;
import org.daftar.data.schema.TableSpec.TableRef;
import org.daftar.data.schema.TableSpec;
import org.daftar.model.entity.FieldDef;

/**
 * The changes of one entity whose table exists: fields added, removed (archived or purged),
 * renamed and changed, and its unique keys, foreign keys and indexes added, dropped or renamed.
 * Returns the renames of indexes and constraints that belong with the table's own rename.
 */
final class TableChanges {

    private final TableContext context;
    private final TableMatch match;
    private final PurgeRequests purges;
    private final ObjectChecks objectChecks;
    private final Steps steps;

    TableChanges(TableContext context, TableMatch match, PurgeRequests purges, Function<TableRef, Optional<String>> liveTableOf,
            Steps steps) {
        this.context = context;
        this.match = match;
        this.purges = purges;
        this.steps = steps;
        this.objectChecks = new ObjectChecks(context, liveTableOf);
    }

    List<ObjectRename> plan() {
        TableSpec table = context.table();
        ColumnMatches columns = ColumnMatches.of(table, context.catalog(),
                context.live().fieldsOf(context.appId(), context.entityId()), purges);
        Set<String> renamedFields = columns.matched.stream().filter(m -> m.renamed() && !m.restored())
                .map(m -> m.column().fieldId()).collect(Collectors.toSet());
        RenameRouting routing = new RenameRouting(match.renames(), renamedFields);
        List<SchemaObject> wanted = context.target().objectsOf(table);
        List<LiveObject> existing = existingObjects(wanted);
        objectsOfMatchedColumns(columns, existing, wanted, routing);
        Map<String, List<SchemaObject>> withNewField = new LinkedHashMap<>();
        Map<String, List<LiveObject>> withRemovedField = new HashMap<>();
        diffObjects(columns, wanted, existing, routing, withNewField, withRemovedField);
        columns.missingSystem.forEach(column -> steps.add(Phase.ADD_SYSTEM_COLUMNS,
                new AddSystemColumn(table, column, objectChecks.forSystemColumn(column))));
        linesColumnsNoLongerNeeded();
        for (Removed removed : columns.removed) {
            String fieldId = removed.field().fieldId();
            String column = removed.field().columnName();
            steps.add(Phase.ARCHIVE_FIELDS, removed.purge() ? new PurgeField(table, fieldId, column)
                    : new ArchiveField(table, fieldId, column, removed.archivedName(),
                            context.catalog().column(column).orElseThrow().notNull(), withRemovedField.getOrDefault(fieldId, List.of())));
        }
        renameFields(columns, routing);
        routing.alone.forEach(rename -> steps.add(Phase.RENAME_OBJECTS, new RenameObject(table, rename)));
        columns.added.forEach(column -> steps.add(Phase.ADD_FIELDS,
                addField(column, withNewField.getOrDefault(column.fieldId(), List.of()))));
        return routing.withTable;
    }

    /** What Daftar recorded and the catalog still has, and objects of the wanted names made before anything was recorded. */
    private List<LiveObject> existingObjects(List<SchemaObject> wanted) {
        List<LiveObject> existing = new ArrayList<>(context.live().objectsOf(context.appId(), context.entityId()).stream()
                .filter(object -> context.catalog().hasObject(object.name())).toList());
        Set<String> keys = existing.stream().map(LiveObject::key).collect(Collectors.toSet());
        Set<String> names = context.live().objectsOf(context.appId(), context.entityId()).stream().map(LiveObject::name)
                .collect(Collectors.toSet());
        for (SchemaObject object : wanted) {
            if (!keys.contains(object.key()) && !names.contains(object.name()) && context.catalog().hasObject(object.name())) {
                existing.add(new LiveObject(context.appId(), context.entityId(), object.name(), object.kind(), object.key(),
                        object.fieldIds()));
            }
        }
        return existing;
    }

    private void objectsOfMatchedColumns(ColumnMatches columns, List<LiveObject> existing, List<SchemaObject> wanted,
            RenameRouting routing) {
        FieldChanges fields = new FieldChanges(context, routing, steps);
        for (Matched matched : columns.matched) {
            String fieldId = matched.column().fieldId();
            fields.plan(matched,
                    existing.stream().filter(o -> o.kind() == ObjectKind.CHECK && o.fieldIds().contains(fieldId)).toList(),
                    wanted.stream().filter(o -> o.kind() == ObjectKind.CHECK && o.fieldIds().contains(fieldId)).toList());
        }
    }

    private void diffObjects(ColumnMatches columns, List<SchemaObject> wanted, List<LiveObject> existing, RenameRouting routing,
            Map<String, List<SchemaObject>> withNewField, Map<String, List<LiveObject>> withRemovedField) {
        Set<String> added = columns.addedFieldIds();
        Map<String, LiveObject> existingByKey = new HashMap<>();
        existing.forEach(object -> existingByKey.putIfAbsent(object.key(), object));
        for (SchemaObject object : wanted) {
            String newField = lastOf(added, object.fieldIds());
            if (newField != null) {
                withNewField.computeIfAbsent(newField, f -> new ArrayList<>()).add(object);
            } else if (object.kind() != ObjectKind.CHECK) {
                LiveObject live = existingByKey.get(object.key());
                if (live == null) {
                    steps.add(Phase.ADD_OBJECTS, new AddObject(context.table().name(), object, objectChecks.forObject(object, columns)));
                } else if (!live.name().equals(object.name())) {
                    routing.route(new ObjectRename(object.kind(), live.name(), object.name()), object.fieldIds());
                }
            }
        }
        Set<String> wantedKeys = wanted.stream().map(SchemaObject::key).collect(Collectors.toSet());
        Set<String> archived = columns.removedFieldIds(false);
        Set<String> purged = columns.removedFieldIds(true);
        for (LiveObject live : existing) {
            String archivedField = live.fieldIds().stream().filter(archived::contains).findFirst().orElse(null);
            if (archivedField != null) {
                withRemovedField.computeIfAbsent(archivedField, f -> new ArrayList<>()).add(live);
            } else if (!wantedKeys.contains(live.key()) && live.kind() != ObjectKind.CHECK
                    && live.fieldIds().stream().noneMatch(purged::contains)) {
                steps.add(Phase.DROP_OBJECTS, new DropObject(context.table(), live));
            }
        }
    }

    /** An entity that is no longer lines of another keeps its parent and line number, made optional. */
    private void linesColumnsNoLongerNeeded() {
        for (String name : List.of(SystemColumns.PARENT_ID, SystemColumns.LINE_NO)) {
            boolean wanted = context.table().column(name).isPresent();
            context.catalog().column(name).filter(column -> column.notNull() && !wanted).ifPresent(column -> steps.add(
                    Phase.CHANGE_REQUIRED, new ChangeRequired(context.table(),
                            new ColumnSpec(null, name, column.type().sql(), false, List.of()), false, List.of())));
        }
    }

    private void renameFields(ColumnMatches columns, RenameRouting routing) {
        TableSpec table = context.table();
        List<Rename<Matched>> renames = columns.matched.stream().filter(Matched::renamed)
                .map(m -> new Rename<>(m.liveName(), m.column().name(), m)).toList();
        RenameOrder.Result<Matched> order = RenameOrder.of(renames, columns.namesAfterRemovals(context.catalog()));
        for (Rename<Matched> rename : order.ordered()) {
            Matched matched = rename.item();
            steps.add(Phase.RENAME_FIELDS, matched.restored() ? new RestoreField(table, matched.liveName(), matched.column())
                    : new RenameField(table, matched.liveName(), matched.column().name(), routing.withField(matched.column().fieldId())));
        }
        for (Rename<Matched> rename : order.unresolved()) {
            steps.add(Phase.RENAME_FIELDS, new CannotApply(
                    Words.of("step.renameFieldBlocked", rename.from(), rename.to(), table.name()),
                    "rename field " + rename.from() + " to " + rename.to() + " on " + table.name(),
                    Risk.blocked(Words.of("reason.columnNameTaken", rename.to(), table.name()),
                            Words.of("remedy.columnNameTaken", rename.to()))));
        }
    }

    private AddField addField(ColumnSpec column, List<SchemaObject> objects) {
        FieldDef field = context.target().field(context.appId(), context.entityId(), column.fieldId()).orElseThrow();
        String fill = column.notNull() ? Fill.of(field, column) : null;
        List<DataCheck> checks = column.notNull() && fill == null ? List.of(Counts.allRows(
                Words.of("problem.noValueForNewField", column.name()), Words.of("remedy.defaultOrOptional", column.name()),
                context.planTable(), context.stepTable())) : List.of();
        return new AddField(context.table(), column, FieldWords.of(field, column), fill, objects, checks);
    }

    /** The last of {@code candidates} (in their order) that {@code ids} holds, or {@code null}. */
    private static String lastOf(Set<String> candidates, Set<String> ids) {
        String last = null;
        for (String candidate : candidates) {
            if (ids.contains(candidate)) {
                last = candidate;
            }
        }
        return last;
    }
}
