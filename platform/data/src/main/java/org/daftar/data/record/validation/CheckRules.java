package org.daftar.data.record.validation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.daftar.data.record.message.Message;
import org.daftar.data.record.table.EntityTable;
import org.daftar.model.entity.CheckDef;
import org.daftar.model.expression.Evaluator;
import org.daftar.model.expression.Expression;
import org.daftar.model.expression.ExpressionException;
import org.daftar.model.expression.Expressions;
import org.daftar.model.expression.ValueScope;

/**
 * The {@code checks} of one entity, parsed once: each rule must be true (a rule comparing with a
 * missing value is false), otherwise its message is shown at the fields it names, or above the
 * record when it names none.
 *
 * <pre>{@code
 * CheckRules.of(productTable).check(scope, null, null, problems, clock);
 * // "An active product needs a price" at price
 * }</pre>
 */
public final class CheckRules {

    private final EntityTable table;
    private final List<CheckDef> checks;
    private final List<Expression> rules;

    private CheckRules(EntityTable table, List<CheckDef> checks, List<Expression> rules) {
        this.table = table;
        this.checks = checks;
        this.rules = rules;
    }

    public static CheckRules of(EntityTable table) {
        List<CheckDef> checks = new ArrayList<>();
        List<Expression> rules = new ArrayList<>();
        for (CheckDef check : table.entity().checks()) {
            if (check.rule() != null) {
                checks.add(check);
                rules.add(Expressions.parse(check.rule().text()));
            }
        }
        return new CheckRules(table, checks, rules);
    }

    public boolean isEmpty() {
        return checks.isEmpty();
    }

    /**
     * Checks the record (or line) {@code scope} reads.
     *
     * @param linesField for a line, the lines field it belongs to; else {@code null}
     * @param line for a line, its index; else {@code null}
     */
    public void check(ValueScope scope, String linesField, Integer line, Problems problems, Clock clock) {
        for (int i = 0; i < checks.size(); i++) {
            CheckDef check = checks.get(i);
            if (!Boolean.TRUE.equals(evaluate(check, rules.get(i), scope, clock))) {
                String text = check.message() != null ? check.message().in(problems.locale())
                        : Message.RULE_NOT_MET.format(problems.locale(), "rule", check.rule().text());
                if (check.fields().isEmpty()) {
                    problems.addText(linesField, line, text);
                }
                for (String field : check.fields()) {
                    problems.addText(linesField == null ? field : linesField + "." + field, line, text);
                }
            }
        }
    }

    private Object evaluate(CheckDef check, Expression rule, ValueScope scope, Clock clock) {
        try {
            return Evaluator.evaluate(rule, scope, clock);
        } catch (ExpressionException e) {
            throw new IllegalStateException("The check '" + check.id() + "' of " + table.qualifiedId()
                    + " could not be evaluated: " + e.getMessage(), e);
        }
    }
}
