package org.daftar.data.record;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.daftar.data.record.compute.Defaults;
import org.daftar.data.record.compute.RecordScope;
import org.daftar.data.record.compute.ReferencedRecords;
import org.daftar.data.record.draft.Draft;
import org.daftar.data.record.draft.LineDraft;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.table.LinesField;
import org.daftar.data.record.validation.Problems;
import org.daftar.data.record.value.Column;
import org.daftar.data.record.value.InputValues;

/**
 * What every save does to its draft before writing it, in this order:
 *
 * <ol>
 *   <li>defaults fill what a new record (or new line) was not given;</li>
 *   <li>the record schema and the fields' own rules check the values — a record that fails here
 *       goes no further;</li>
 *   <li>decimals take their column's scale; the records referred to are read;</li>
 *   <li>computed fields are computed, the lines' first (the parent may sum them);</li>
 *   <li>checks (of each line, then of the record), the form's rules, references and unique keys
 *       are checked, and the save refused with every message found.</li>
 * </ol>
 *
 * <p>A new record's unique keys are checked here only when it is refused anyway (so that every
 * message comes at once); otherwise its insert checks them ({@code on conflict do nothing}) and
 * the session words a conflict the same way, saving a round trip on every create.
 */
final class SaveSteps {

    private final Services services;

    SaveSteps(Services services) {
        this.services = services;
    }

    void prepare(Connection connection, Draft draft, WriteContext context, ReferencedRecords references) throws SQLException {
        Clock clock = services.clock();
        EntityTable table = draft.table();
        EntityModel model = services.models().of(table);
        EntityModels.FormModel form = context.form() == null ? null : services.models().form(table, context.form());
        fillDefaults(draft, model, form, context, references);

        Problems problems = new Problems(context.locale());
        services.schema().check(draft, problems);
        services.fieldRules().check(draft, problems);
        problems.throwIfAny();

        scale(table, draft.values());
        services.references().prefetch(draft, references);
        for (LinesField field : table.lines()) {
            EntityModel child = services.models().of(field.child());
            for (LineDraft line : lines(draft, field)) {
                scale(field.child(), line.values());
                child.computed().computeInto(line.values(), scope(field.child(), line.values(), Map.of(), references, context), clock);
            }
        }
        RecordScope scope = scope(table, draft.values(), draft.lines(), references, context);
        model.computed().computeInto(draft.values(), scope, clock);

        for (LinesField field : table.lines()) {
            EntityModel child = services.models().of(field.child());
            List<LineDraft> lines = lines(draft, field);
            for (int i = 0; i < lines.size() && !child.checks().isEmpty(); i++) {
                child.checks().check(scope(field.child(), lines.get(i).values(), Map.of(), references, context), field.name(), i,
                        problems, clock);
            }
        }
        model.checks().check(scope, null, null, problems, clock);
        if (form != null) {
            form.rules().check(draft, scope, problems, clock);
        }
        services.references().check(draft, references, problems);
        if (!draft.isNew() || !problems.isEmpty()) {
            model.unique().check(connection, draft, problems, false); // a new record's keys are checked by its insert
        }
        problems.throwIfAny();
    }

    private void fillDefaults(Draft draft, EntityModel model, EntityModels.FormModel form, WriteContext context,
            ReferencedRecords references) {
        EntityTable table = draft.table();
        Clock clock = services.clock();
        if (draft.isNew()) {
            Defaults defaults = form != null ? form.defaults() : model.defaults();
            defaults.fill(draft.values(), scope(table, draft.values(), draft.lines(), references, context), clock);
        }
        Defaults.uncheckedBoxes(table, draft.values());
        for (LinesField field : table.lines()) {
            EntityModel child = services.models().of(field.child());
            for (LineDraft line : lines(draft, field)) {
                if (line.id() == null) {
                    child.defaults().fill(line.values(), scope(field.child(), line.values(), Map.of(), references, context), clock);
                }
                Defaults.uncheckedBoxes(field.child(), line.values());
            }
        }
    }

    private static List<LineDraft> lines(Draft draft, LinesField field) {
        return draft.lines().getOrDefault(field.name(), List.of());
    }

    private RecordScope scope(EntityTable table, Map<String, Object> values, Map<String, List<LineDraft>> lines,
            ReferencedRecords references, WriteContext context) {
        return new RecordScope(table, values, lines, references, context.user(), services.clock().getZone());
    }

    private static void scale(EntityTable table, Map<String, Object> values) {
        for (Column column : table.columns()) {
            if (column.scale() != null && values.get(column.name()) != null) {
                values.put(column.name(), InputValues.scaled(column, values.get(column.name())));
            }
        }
    }
}
