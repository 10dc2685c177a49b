package org.daftar.model.expression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The shape of a condition that decides what an index can do for it: its {@code or}-branches, and
 * in each branch the fields compared for equality with a value the record does not decide (a
 * literal, {@code user}, {@code user.ATTRIBUTE}). A row rule {@code owner = user or status = 'new'}
 * has two branches, one on {@code owner}, one on {@code status}: an index on each, with the list's
 * sort column second, finds the first page of each branch without reading other rows.
 *
 * <pre>{@code
 * Expression rule = Expressions.parse("owner = user or status = 'new' and priority = 1");
 * Branches.of(rule);                           // [owner = user, status = 'new' and priority = 1]
 * Branches.equalityFields(Branches.of(rule).get(1)); // [status, priority]
 * }</pre>
 */
public final class Branches {

    /** The name of the signed-in user in conditions. */
    private static final String USER = "user";

    private Branches() {}

    /** The operands of the top-level {@code or}s, left to right; the condition alone when it is no {@code or}. */
    public static List<Expression> of(Expression condition) {
        List<Expression> branches = new ArrayList<>();
        collect(condition, BinaryOperator.OR, branches);
        return List.copyOf(branches);
    }

    /**
     * The fields of the record that {@code branch} compares with {@code =} to a value the record does
     * not decide, among the operands of its top-level {@code and}s, in order of appearance.
     */
    public static Set<String> equalityFields(Expression branch) {
        List<Expression> conjuncts = new ArrayList<>();
        collect(branch, BinaryOperator.AND, conjuncts);
        Set<String> fields = new LinkedHashSet<>();
        for (Expression conjunct : conjuncts) {
            if (conjunct instanceof Binary binary && binary.operator() == BinaryOperator.EQUAL) {
                if (isField(binary.left()) && isFixed(binary.right())) {
                    fields.add(((Name) binary.left()).name());
                } else if (isField(binary.right()) && isFixed(binary.left())) {
                    fields.add(((Name) binary.right()).name());
                }
            }
        }
        return Collections.unmodifiableSet(fields);
    }

    private static void collect(Expression expression, BinaryOperator operator, List<Expression> into) {
        if (expression instanceof Binary binary && binary.operator() == operator) {
            collect(binary.left(), operator, into);
            collect(binary.right(), operator, into);
        } else {
            into.add(expression);
        }
    }

    private static boolean isField(Expression expression) {
        return expression instanceof Name name && !name.name().equals(USER);
    }

    /** Reads nothing of the record: literals, {@code user} and its attributes, functions of those. */
    private static boolean isFixed(Expression expression) {
        return expression.roots().stream().allMatch(USER::equals);
    }
}
