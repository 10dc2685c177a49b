package org.daftar.query.model;

import org.daftar.model.expression.Expression;
import org.daftar.model.expression.Expressions;

/** A column computed for each row before grouping: {@code expression as name}. */
public record Computed(String as, Expression expression) {
    public static Computed of(String as, String expression) {
        return new Computed(as, Expressions.parse(expression));
    }
}
