package org.daftar.model.expression;

import java.util.Objects;
import java.util.Set;

/** Two operands and an operator: {@code a + b}, {@code a = b}, {@code a and b}. The offset is the operator's. */
public record Binary(BinaryOperator operator, Expression left, Expression right, int offset)
        implements Expression {

    public Binary {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public Set<String> roots() {
        return Roots.of(left, right);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Binary that
                && operator == that.operator
                && left.equals(that.left)
                && right.equals(that.right);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operator, left, right);
    }

    @Override
    public String toString() {
        return ExpressionWriter.write(this);
    }
}
