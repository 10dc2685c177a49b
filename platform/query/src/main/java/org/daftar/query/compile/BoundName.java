package org.daftar.query.compile;

/**
 * The value of a name bound in an expression condition ({@code user}, {@code user.department}) once
 * split from the query's shape: the slot of its parameter and the Java type of its value (part of
 * the shape, since it decides the parameter's SQL type), or no slot for an empty value.
 */
record BoundName(Slot slot, Class<?> type) {

    static final BoundName EMPTY = new BoundName(null, null);
}
