package org.daftar.model.expression;

/**
 * Where the {@link Evaluator} reads values: the fields of the record and the user, and the
 * members of references, users and lines.
 *
 * <p>Values are Java values: {@link String}, {@link Long} (an {@link Integer} is accepted too),
 * {@link java.math.BigDecimal} (a {@link Double} is accepted too), {@link Boolean},
 * {@link java.time.LocalDate}, {@link java.time.LocalDateTime}, {@link java.time.LocalTime}, a
 * {@link java.util.List} of rows for lines, a {@link java.util.Set} of texts for a multiple
 * choice, any object for a reference or user (compared with {@code equals}), and {@code null}
 * for an empty value.
 */
public interface ValueScope {

    /** The value of a field (null if empty), or the user for {@code "user"}. */
    Object root(String name);

    /**
     * A member of a reference or user ({@code customer.name}, {@code user.department}), or of a
     * row of lines. For {@code lines.amount} the evaluator asks each row for its amount, so
     * {@code owner} is never a list and never null.
     */
    Object member(Object owner, String name);
}
