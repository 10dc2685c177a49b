package org.daftar.model.expression;

import java.util.Objects;
import java.util.Set;

/**
 * An emptiness test: {@code note is empty}, or with {@code negated} {@code note is not empty}.
 * Empty means null, the empty text {@code ''}, no lines or no choices. The offset is that of
 * {@code is}.
 */
public record IsEmpty(Expression operand, boolean negated, int offset) implements Expression {

    public IsEmpty {
        Objects.requireNonNull(operand, "operand");
    }

    @Override
    public Set<String> roots() {
        return operand.roots();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IsEmpty that && negated == that.negated && operand.equals(that.operand);
    }

    @Override
    public int hashCode() {
        return Objects.hash(IsEmpty.class, operand, negated);
    }

    @Override
    public String toString() {
        return ExpressionWriter.write(this);
    }
}
