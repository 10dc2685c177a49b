package org.daftar.model.expression;

import java.util.Collection;
import java.util.Optional;

/**
 * What the {@link TypeChecker} knows about the names an expression may use: the fields of the
 * record it is written for, the user and the entities reachable from them.
 *
 * <pre>{@code
 * // for an invoice: quantity * unit_price, customer.name, sum(lines.amount)
 * root("quantity")                                 -> INTEGER
 * root("customer")                                 -> reference("customer")
 * member(reference("customer"), "name")            -> TEXT
 * member(lines("invoice_line"), "amount")          -> DECIMAL (the type of one line's amount)
 * member(USER, "department")                       -> TEXT    (an attribute the app declares)
 * }</pre>
 */
public interface TypeScope {

    /** Type of a top-level name: a field of the record, or "user"; empty when unknown. */
    Optional<ExprType> root(String name);

    /**
     * Type of a member of a reference, user or lines value (customer.name, user.department,
     * lines.amount); empty when unknown. For lines, the type of the field in one line.
     */
    Optional<ExprType> member(ExprType owner, String name);

    /** Names for "did you mean" suggestions. */
    Collection<String> rootNames();

    /** Member names of {@code owner}, for "did you mean" suggestions. */
    Collection<String> memberNames(ExprType owner);
}
