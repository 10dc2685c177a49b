package org.daftar.model.expression;

import java.util.Objects;
import java.util.Set;

/** A top-level name: a field of the record ({@code quantity}) or {@code user}. Case-sensitive. */
public record Name(String name, int offset) implements Expression {

    public Name {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public Set<String> roots() {
        return Set.of(name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Name that && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return ExpressionWriter.write(this);
    }
}
