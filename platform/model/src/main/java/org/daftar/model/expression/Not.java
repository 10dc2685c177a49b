package org.daftar.model.expression;

import java.util.Objects;
import java.util.Set;

/** Logical negation: {@code not paid}. A missing value counts as false, so {@code not null} is true. */
public record Not(Expression operand, int offset) implements Expression {

    public Not {
        Objects.requireNonNull(operand, "operand");
    }

    @Override
    public Set<String> roots() {
        return operand.roots();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Not that && operand.equals(that.operand);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Not.class, operand);
    }

    @Override
    public String toString() {
        return ExpressionWriter.write(this);
    }
}
