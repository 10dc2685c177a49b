package org.daftar.model.expression;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A call of a built-in function: {@code round(total, 2)}. The offset is that of the function name. */
public record Call(BuiltinFunction function, List<Expression> arguments, int offset)
        implements Expression {

    public Call {
        Objects.requireNonNull(function, "function");
        arguments = List.copyOf(arguments);
        if (arguments.size() != function.arity()) {
            throw new IllegalArgumentException(function.arityMessage());
        }
    }

    /** The argument at {@code index} (0-based). */
    public Expression argument(int index) {
        return arguments.get(index);
    }

    @Override
    public Set<String> roots() {
        return Roots.of(arguments);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Call that && function == that.function && arguments.equals(that.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(function, arguments);
    }

    @Override
    public String toString() {
        return ExpressionWriter.write(this);
    }
}
