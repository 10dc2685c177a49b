package org.daftar.ui.form;

import org.daftar.model.ExpressionText;
import org.daftar.model.expression.Evaluator;
import org.daftar.model.expression.Expression;
import org.daftar.model.expression.ExpressionException;
import org.daftar.model.expression.Expressions;
import org.daftar.model.expression.ValueScope;
import org.daftar.model.form.FormFieldDef;

/**
 * The rules a form sets on one field ({@code visibleWhen}, {@code requiredWhen},
 * {@code readOnlyWhen}), parsed once and evaluated over the form's current values. A rule that
 * cannot be evaluated on half-entered values counts as not met.
 */
final class FieldRules {

    /** What the rules say about the field now. */
    record State(boolean visible, boolean required, boolean readOnly) {}

    private final Expression visibleWhen;
    private final Expression requiredWhen;
    private final Expression readOnlyWhen;

    FieldRules(FormFieldDef placed) {
        this.visibleWhen = parse(placed.visibleWhen());
        this.requiredWhen = parse(placed.requiredWhen());
        this.readOnlyWhen = parse(placed.readOnlyWhen());
    }

    boolean isEmpty() {
        return visibleWhen == null && requiredWhen == null && readOnlyWhen == null;
    }

    State evaluate(ValueScope scope, java.time.Clock clock) {
        return new State(visibleWhen == null || holds(visibleWhen, scope, clock),
                requiredWhen != null && holds(requiredWhen, scope, clock),
                readOnlyWhen != null && holds(readOnlyWhen, scope, clock));
    }

    private static boolean holds(Expression rule, ValueScope scope, java.time.Clock clock) {
        try {
            return Boolean.TRUE.equals(Evaluator.evaluate(rule, scope, clock));
        } catch (ExpressionException | ArithmeticException | ClassCastException e) {
            return false;
        }
    }

    private static Expression parse(ExpressionText text) {
        return text == null ? null : Expressions.parse(text.text());
    }
}
