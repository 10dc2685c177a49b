package org.daftar.model.expression;

import java.util.Objects;
import java.util.Set;

/**
 * A member of a reference, user or lines value: {@code customer.name}, {@code user.department},
 * {@code lines.amount} (the amount of every line, for {@code sum()} and its kin). The owner is a
 * {@link Name} or another {@link Member}; the offset is that of the member name.
 */
public record Member(Expression owner, String name, int offset) implements Expression {

    public Member {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public Set<String> roots() {
        return owner.roots();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Member that && owner.equals(that.owner) && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(owner, name);
    }

    @Override
    public String toString() {
        return ExpressionWriter.write(this);
    }
}
