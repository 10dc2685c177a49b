package org.daftar.model.expression;

import java.util.Set;

/**
 * A parsed expression: an immutable tree of records.
 *
 * <p>Every node knows where it was written ({@link #offset()}), which is what error messages
 * point at: the operator of a {@link Binary}, the name of a {@link Call}, the member name of a
 * {@link Member}, the first character of a literal or {@link Name}. The offset is not part of
 * equality: two expressions are equal when they say the same thing, however they were spaced or
 * parenthesised.
 *
 * <p>{@link Object#toString()} gives the canonical text of a node (single spaces around
 * operators, lower-case keywords and function names, only the parentheses that are needed),
 * which parses back to an equal expression.
 */
public sealed interface Expression
        permits Literal, Name, Member, Negate, Not, Binary, InList, IsEmpty, Call {

    /** The 0-based character offset in the expression text of the token that makes this node. */
    int offset();

    /**
     * The top-level names this expression reads: fields of the record and {@code user}. A path
     * {@code customer.name} reads {@code customer}. Used to find what a computed field depends on
     * and to detect cycles. In order of first appearance; unmodifiable.
     */
    Set<String> roots();
}
