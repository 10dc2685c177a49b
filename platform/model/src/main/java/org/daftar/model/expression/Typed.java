package org.daftar.model.expression;

/**
 * The type the {@link TypeChecker} found for a node, and whether it is a column of lines
 * ({@code lines.amount}: one value per line), which only an aggregate such as {@code sum()} may
 * take.
 */
record Typed(ExprType type, boolean column) {

    static Typed value(ExprType type) {
        return new Typed(type, false);
    }
}
