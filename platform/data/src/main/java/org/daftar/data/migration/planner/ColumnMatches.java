package org.daftar.data.migration.planner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.daftar.data.migration.live.CatalogTable;
import org.daftar.data.migration.live.LiveField;
import org.daftar.data.schema.ColumnSpec;
import org.daftar.data.schema.TableSpec;

/**
 * The fields of a table that exists, matched by stable id with its live columns: kept (maybe
 * renamed or archived), new, and removed (to archive, or to purge when asked).
 */
final class ColumnMatches {

    /**
     * A field the definitions want that has a live column.
     *
     * @param liveName the column's name today
     * @param recorded what Daftar recorded of the field, or {@code null} for an adopted column
     */
    record Matched(ColumnSpec column, String liveName, LiveField recorded) {

        boolean renamed() {
            return !liveName.equals(column.name());
        }

        boolean restored() {
            return recorded != null && recorded.archived();
        }
    }

    /** A field the definitions no longer have, whose column leaves the table's model now. */
    record Removed(LiveField field, String archivedName, boolean purge) {}

    final List<Matched> matched = new ArrayList<>();
    final List<ColumnSpec> added = new ArrayList<>();
    final List<ColumnSpec> missingSystem = new ArrayList<>();
    final List<Removed> removed = new ArrayList<>();

    static ColumnMatches of(TableSpec table, CatalogTable live, List<LiveField> recorded, PurgeRequests purges) {
        ColumnMatches matches = new ColumnMatches();
        Map<String, LiveField> byId = recorded.stream().collect(Collectors.toMap(LiveField::fieldId, Function.identity()));
        Set<String> claimed = recorded.stream().map(LiveField::columnName).collect(Collectors.toSet());
        for (ColumnSpec column : table.columns()) {
            if (column.isSystem()) {
                if (!live.hasColumn(column.name())) {
                    matches.missingSystem.add(column);
                }
                continue;
            }
            LiveField field = byId.get(column.fieldId());
            if (field != null && live.hasColumn(field.columnName())) {
                matches.matched.add(new Matched(column, field.columnName(), field));
            } else if (live.hasColumn(column.name()) && !claimed.contains(column.name())) {
                matches.matched.add(new Matched(column, column.name(), null));
            } else {
                matches.added.add(column);
            }
        }
        Set<String> wanted = table.columns().stream().map(ColumnSpec::fieldId).collect(Collectors.toSet());
        Set<String> taken = new HashSet<>(live.columns().keySet());
        for (LiveField field : recorded) {
            if (wanted.contains(field.fieldId()) || !live.hasColumn(field.columnName())) {
                continue;
            }
            boolean purge = purges.field(field.appId(), field.entityId(), field.fieldId());
            if (purge || !field.archived()) {
                String archivedName = purge ? null : ArchivedNames.choose(field.fieldId(), taken);
                matches.removed.add(new Removed(field, archivedName, purge));
                if (archivedName != null) {
                    taken.add(archivedName);
                }
            }
        }
        return matches;
    }

    Set<String> renamedFieldIds() {
        return matched.stream().filter(Matched::renamed).map(m -> m.column().fieldId()).collect(Collectors.toSet());
    }

    Set<String> addedFieldIds() {
        return added.stream().map(ColumnSpec::fieldId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    Set<String> removedFieldIds(boolean purged) {
        return removed.stream().filter(r -> r.purge() == purged).map(r -> r.field().fieldId()).collect(Collectors.toSet());
    }

    /** The live column names once the removed fields are archived or dropped. */
    Set<String> namesAfterRemovals(CatalogTable live) {
        Set<String> names = new HashSet<>(live.columns().keySet());
        for (Removed removal : removed) {
            names.remove(removal.field().columnName());
            if (removal.archivedName() != null) {
                names.add(removal.archivedName());
            }
        }
        return names;
    }
}
