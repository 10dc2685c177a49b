package org.daftar.model.report;

import java.util.Arrays;
import java.util.Optional;

/** The comparison operators of report filters, by the token definitions use. */
public enum Operator {
    EQ("="),
    NE("!="),
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    IN("in"),
    NOT_IN("not-in"),
    BETWEEN("between"),
    CONTAINS("contains"),
    STARTS_WITH("starts-with"),
    IS_EMPTY("is-empty"),
    IS_NOT_EMPTY("is-not-empty"),
    IN_PERIOD("in-period");

    private final String token;

    Operator(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    public static Optional<Operator> of(String token) {
        return Arrays.stream(values()).filter(op -> op.token.equals(token)).findFirst();
    }

    /** True for operators that take no value. */
    public boolean isUnary() {
        return this == IS_EMPTY || this == IS_NOT_EMPTY;
    }

    /** True for operators whose value is a list. */
    public boolean takesList() {
        return this == IN || this == NOT_IN || this == BETWEEN;
    }

    /** True for operators that only apply to texts. */
    public boolean isTextual() {
        return this == CONTAINS || this == STARTS_WITH;
    }
}
