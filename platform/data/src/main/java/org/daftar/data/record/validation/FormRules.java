package org.daftar.data.record.validation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.daftar.data.record.draft.Draft;
import org.daftar.data.record.message.Message;
import org.daftar.data.record.table.EntityTable;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.expression.Evaluator;
import org.daftar.model.expression.Expression;
import org.daftar.model.expression.Expressions;
import org.daftar.model.expression.ValueScope;
import org.daftar.model.form.FormDef;
import org.daftar.model.form.FormFieldDef;

/**
 * The {@code requiredWhen} rules of a form, parsed once: while a rule is true, its field must have
 * a value (a lines field, at least one line). Checked when a record is saved through that form,
 * whatever path it comes by.
 *
 * <pre>{@code
 * FormRules.of(orderTable, orderForm).check(draft, scope, problems, clock);
 * // "Cancel reason is required." when status = 'cancelled'
 * }</pre>
 */
public final class FormRules {

    private final List<FieldDef> fields;
    private final List<Expression> rules;

    private FormRules(List<FieldDef> fields, List<Expression> rules) {
        this.fields = fields;
        this.rules = rules;
    }

    public static FormRules of(EntityTable table, FormDef form) {
        List<FieldDef> fields = new ArrayList<>();
        List<Expression> rules = new ArrayList<>();
        form.fields().filter(field -> field.requiredWhen() != null).forEach((FormFieldDef field) ->
                table.field(field.field()).ifPresent(def -> {
                    fields.add(def);
                    rules.add(Expressions.parse(field.requiredWhen().text()));
                }));
        return new FormRules(fields, rules);
    }

    public void check(Draft draft, ValueScope scope, Problems problems, Clock clock) {
        for (int i = 0; i < fields.size(); i++) {
            FieldDef field = fields.get(i);
            if (Boolean.TRUE.equals(Evaluator.evaluate(rules.get(i), scope, clock)) && isEmpty(draft, field)) {
                problems.add(field, null, null, Message.REQUIRED);
            }
        }
    }

    private static boolean isEmpty(Draft draft, FieldDef field) {
        Object value = draft.lines().containsKey(field.name()) ? draft.lines().get(field.name()) : draft.value(field.name());
        return value == null || value instanceof Collection<?> items && items.isEmpty();
    }
}
