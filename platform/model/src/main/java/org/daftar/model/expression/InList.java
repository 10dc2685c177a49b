package org.daftar.model.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A membership test: {@code status in ('open', 'late')}, or with {@code negated}
 * {@code status not in ('closed')}. Like every comparison, it is false when the operand is empty.
 * The offset is that of {@code in} (or of {@code not} in {@code not in}).
 */
public record InList(Expression operand, List<Expression> values, boolean negated, int offset)
        implements Expression {

    public InList {
        Objects.requireNonNull(operand, "operand");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("An 'in' list needs at least one value");
        }
    }

    @Override
    public Set<String> roots() {
        List<Expression> all = new ArrayList<>();
        all.add(operand);
        all.addAll(values);
        return Roots.of(all);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InList that
                && negated == that.negated
                && operand.equals(that.operand)
                && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operand, values, negated);
    }

    @Override
    public String toString() {
        return ExpressionWriter.write(this);
    }
}
