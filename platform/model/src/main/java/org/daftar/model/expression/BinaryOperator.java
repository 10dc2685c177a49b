package org.daftar.model.expression;

import java.util.Arrays;
import java.util.Optional;

/** The operators written between two operands, with their symbol and {@link Precedence}. */
public enum BinaryOperator {
    OR("or", Precedence.OR, "combine"),
    AND("and", Precedence.AND, "combine"),
    EQUAL("=", Precedence.COMPARISON, "compare"),
    NOT_EQUAL("!=", Precedence.COMPARISON, "compare"),
    LESS("<", Precedence.COMPARISON, "compare"),
    LESS_OR_EQUAL("<=", Precedence.COMPARISON, "compare"),
    GREATER(">", Precedence.COMPARISON, "compare"),
    GREATER_OR_EQUAL(">=", Precedence.COMPARISON, "compare"),
    ADD("+", Precedence.ADDITIVE, "add"),
    SUBTRACT("-", Precedence.ADDITIVE, "subtract"),
    JOIN("&", Precedence.ADDITIVE, "join"),
    MULTIPLY("*", Precedence.MULTIPLICATIVE, "multiply"),
    DIVIDE("/", Precedence.MULTIPLICATIVE, "divide"),
    REMAINDER("%", Precedence.MULTIPLICATIVE, "take the remainder of");

    private final String symbol;
    private final int precedence;
    private final String verb;

    BinaryOperator(String symbol, int precedence, String verb) {
        this.symbol = symbol;
        this.precedence = precedence;
        this.verb = verb;
    }

    /** How the operator is written: {@code +}, {@code >=}, {@code and}. */
    public String symbol() {
        return symbol;
    }

    int precedence() {
        return precedence;
    }

    /** What the operator does, for messages: "add", "divide". */
    String verb() {
        return verb;
    }

    /** True for {@code = != < <= > >=}. */
    public boolean isComparison() {
        return precedence == Precedence.COMPARISON;
    }

    /** True for the comparisons that need an order: {@code < <= > >=}. */
    public boolean isOrdering() {
        return isComparison() && this != EQUAL && this != NOT_EQUAL;
    }

    /** True for {@code + - * / %}. */
    public boolean isArithmetic() {
        return this == ADD || this == SUBTRACT || this == MULTIPLY || this == DIVIDE || this == REMAINDER;
    }

    /** True for {@code and} and {@code or}. */
    public boolean isLogical() {
        return this == AND || this == OR;
    }

    /** The operator written {@code symbol} (lower case for {@code and}/{@code or}), if any. */
    static Optional<BinaryOperator> bySymbol(String symbol) {
        return Arrays.stream(values()).filter(o -> o.symbol.equals(symbol)).findFirst();
    }
}
