package org.daftar.model.expression;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * A literal value: {@code 12} (a {@link Long}), {@code 3.5} (a {@link BigDecimal}), {@code 'text'}
 * (a {@link String}), {@code true}/{@code false} (a {@link Boolean}) or {@code null}.
 *
 * <p>A minus sign written directly before a number is part of the literal: {@code -5} is the
 * literal minus five. Decimals are equal when their values are ({@code 3.5} equals {@code 3.50}).
 */
public record Literal(Object value, int offset) implements Expression {

    public Literal {
        if (value != null
                && !(value instanceof String
                        || value instanceof Long
                        || value instanceof BigDecimal
                        || value instanceof Boolean)) {
            throw new IllegalArgumentException(
                    "A literal is a String, Long, BigDecimal, Boolean or null, not "
                            + value.getClass().getName());
        }
    }

    /** The type of this literal. */
    public ExprType type() {
        return switch (value) {
            case null -> ExprType.NULL;
            case String s -> ExprType.TEXT;
            case Long l -> ExprType.INTEGER;
            case BigDecimal d -> ExprType.DECIMAL;
            case Boolean b -> ExprType.BOOLEAN;
            default -> throw new IllegalStateException("Unexpected literal " + value);
        };
    }

    @Override
    public Set<String> roots() {
        return Set.of();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Literal that)) {
            return false;
        }
        if (value instanceof BigDecimal a && that.value instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return value instanceof BigDecimal d ? d.stripTrailingZeros().hashCode() : Objects.hashCode(value);
    }

    @Override
    public String toString() {
        return ExpressionWriter.write(this);
    }
}
