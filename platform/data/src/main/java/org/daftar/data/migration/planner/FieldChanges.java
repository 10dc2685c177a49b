package org.daftar.data.migration.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.daftar.data.migration.desired.DesiredObjects;
import org.daftar.data.migration.live.CatalogColumn;
import org.daftar.data.migration.live.ColumnType;
import org.daftar.data.migration.live.LiveObject;
import org.daftar.data.migration.live.ObjectKind;
import org.daftar.data.migration.planner.ColumnMatches.Matched;
import org.daftar.data.migration.step.ChangeChecks;
import org.daftar.data.migration.step.ChangeRequired;
import org.daftar.data.migration.step.ChangeType;
import org.daftar.data.migration.step.DataCheck;
import org.daftar.data.migration.step.ObjectRename;
import org.daftar.data.migration.step.SchemaObject;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.ColumnSpec;
import org.daftar.data.schema.Sql;
import org.daftar.model.entity.ChoiceOption;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;

/**
 * The changes of one field whose column exists: its type, its checks (a choice's options, a
 * number's bounds) and whether it is required.
 */
final class FieldChanges {

    private final TableContext table;
    private final RenameRouting routing;
    private final Steps steps;

    FieldChanges(TableContext table, RenameRouting routing, Steps steps) {
        this.table = table;
        this.routing = routing;
        this.steps = steps;
    }

    void plan(Matched match, List<LiveObject> liveChecks, List<SchemaObject> wantedChecks) {
        ColumnSpec column = match.column();
        CatalogColumn live = table.catalog().column(match.liveName()).orElseThrow();
        ColumnType from = live.type();
        ColumnType to = ColumnType.parse(column.sqlType());
        Set<String> liveKeys = liveChecks.stream().map(LiveObject::key).collect(Collectors.toSet());
        Set<String> wantedKeys = wantedChecks.stream().map(SchemaObject::key).collect(Collectors.toSet());
        boolean checksChange = !liveKeys.equals(wantedKeys);
        if (!from.equals(to)) {
            boolean redoChecks = checksChange || from.array() != to.array();
            changeType(match, from, to, redoChecks ? liveChecks : List.of(), redoChecks ? wantedChecks : List.of());
            if (!redoChecks) {
                renameChecks(column, liveChecks, wantedChecks);
            }
        } else if (checksChange) {
            changeChecks(match, liveChecks, wantedChecks, liveKeys, wantedKeys);
        } else {
            renameChecks(column, liveChecks, wantedChecks);
        }
        if (live.notNull() != column.notNull()) {
            ValueCheck empty = new ValueCheck(Column.PLACEHOLDER + " is null", Words.of("problem.noValue", column.name()),
                    Words.of("remedy.fillIn", column.name()));
            List<DataCheck> checks = column.notNull()
                    ? List.of(Counts.of(empty, table.atPlan(match.liveName()), table.atStep(column.name())))
                    : List.of();
            steps.add(Phase.CHANGE_REQUIRED, new ChangeRequired(table.table(), column, column.notNull(), checks));
        }
    }

    private void changeType(Matched match, ColumnType from, ColumnType to, List<LiveObject> dropped, List<SchemaObject> added) {
        ColumnSpec column = match.column();
        Conversion conversion = Conversions.between(from, to);
        List<DataCheck> checks = new ArrayList<>();
        conversion.checks().forEach(check -> checks.add(Counts.of(check, table.atPlan(match.liveName()), table.atStep(column.name()))));
        Column convertedAtPlan = new Column(table.planTable(), conversion.valueOf(Sql.quote(match.liveName())));
        Column convertedAtStep = new Column(table.stepTable(), conversion.valueOf(Sql.quote(column.name())));
        violations(match, added).forEach(check -> checks.add(Counts.of(check, convertedAtPlan, convertedAtStep)));
        String using = conversion.using() == null ? null : conversion.valueOf(Sql.quote(column.name()));
        steps.add(Phase.CHANGE_TYPES, new ChangeType(table.table(), column, from, to, conversion.widening(), using, conversion.risk(),
                checks, dropped, added));
    }

    private void changeChecks(Matched match, List<LiveObject> liveChecks, List<SchemaObject> wantedChecks, Set<String> liveKeys,
            Set<String> wantedKeys) {
        ColumnSpec column = match.column();
        List<LiveObject> dropped = liveChecks.stream().filter(c -> !wantedKeys.contains(c.key())).toList();
        List<SchemaObject> added = wantedChecks.stream().filter(c -> !liveKeys.contains(c.key())).toList();
        renameChecks(column, liveChecks.stream().filter(c -> wantedKeys.contains(c.key())).toList(), wantedChecks);
        List<DataCheck> checks = violations(match, added).stream()
                .map(check -> Counts.of(check, table.atPlan(match.liveName()), table.atStep(column.name()))).toList();
        FieldDef field = field(column);
        boolean choice = field != null && field.is(FieldType.CHOICE);
        steps.add(Phase.CHANGE_CHECKS, new ChangeChecks(table.table(), column, choice, oldOptions(match), newOptions(field),
                dropped, added, checks));
    }

    /** For each check added, the rows it would refuse. */
    private List<ValueCheck> violations(Matched match, List<SchemaObject> added) {
        ColumnSpec column = match.column();
        FieldDef field = field(column);
        List<ValueCheck> checks = new ArrayList<>();
        for (int i = 0; i < column.checks().size(); i++) {
            String key = DesiredObjects.checkKey(column, i);
            if (added.stream().noneMatch(check -> check.key().equals(key))) {
                continue;
            }
            String condition = "not (" + DesiredObjects.withoutColumn(column.checks().get(i), column.name()) + ")";
            if (field != null && field.is(FieldType.CHOICE)) {
                List<String> removed = oldOptions(match).stream().filter(o -> !newOptions(field).contains(o)).toList();
                checks.add(new ValueCheck(condition, removed.isEmpty() ? Words.of("problem.unlistedOption")
                        : Words.of("problem.removedOption", removed.stream().map(o -> "'" + o + "'").toList()),
                        Words.of("remedy.remainingOption")));
            } else {
                checks.add(new ValueCheck(condition, Words.of("problem.refusedByCheck", column.checks().get(i).replace("\"", "")),
                        Words.of("remedy.correct")));
            }
        }
        return checks;
    }

    private void renameChecks(ColumnSpec column, List<LiveObject> liveChecks, List<SchemaObject> wantedChecks) {
        for (LiveObject live : liveChecks) {
            wantedChecks.stream().filter(w -> w.key().equals(live.key()) && !w.name().equals(live.name())).findFirst()
                    .ifPresent(w -> routing.route(new ObjectRename(ObjectKind.CHECK, live.name(), w.name()), Set.of(column.fieldId())));
        }
    }

    private FieldDef field(ColumnSpec column) {
        return table.target().field(table.appId(), table.entityId(), column.fieldId()).orElse(null);
    }

    private static List<String> oldOptions(Matched match) {
        return match.recorded() == null ? List.of() : match.recorded().options();
    }

    private static List<String> newOptions(FieldDef field) {
        return field == null ? List.of() : field.settings().options().stream().map(ChoiceOption::value).toList();
    }
}
