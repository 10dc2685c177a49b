package org.daftar.model.expression;

import java.util.Objects;
import java.util.Set;

/** Unary minus: {@code -quantity}. The offset is that of the minus sign. */
public record Negate(Expression operand, int offset) implements Expression {

    public Negate {
        Objects.requireNonNull(operand, "operand");
    }

    @Override
    public Set<String> roots() {
        return operand.roots();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Negate that && operand.equals(that.operand);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Negate.class, operand);
    }

    @Override
    public String toString() {
        return ExpressionWriter.write(this);
    }
}
