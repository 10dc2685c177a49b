/**
 * The expression language of Daftar: one small, typed language for computed fields, checks, form
 * rules, list conditions and row permissions.
 *
 * <h2>The language</h2>
 *
 * <ul>
 *   <li>Literals: {@code 12}, {@code -3}, {@code 3.5}, {@code 'text'} ({@code ''} for a quote),
 *       {@code true}, {@code false}, {@code null}, {@code date('2026-01-31')}.
 *   <li>Names: {@code quantity} (a field), {@code customer.name} (along a reference),
 *       {@code user.department} (an attribute of the current user), {@code lines.amount} (a field
 *       of every line, inside {@code sum}, {@code min_of}, {@code max_of}). Names are letters
 *       (any script), digits and {@code _}, start with a letter, and are case-sensitive. The
 *       keywords {@code and or not in is empty true false null} cannot be names.
 *   <li>Operators, loosest first: {@code or}; {@code and}; {@code not}; comparisons
 *       {@code = != < <= > >=}, {@code x in ('a', 'b')}, {@code x not in (...)},
 *       {@code x is empty}, {@code x is not empty}; {@code + - &}; {@code * / %}; unary
 *       {@code -}. Keywords are case-insensitive; parentheses group. Comparisons do not chain.
 *   <li>Functions: {@code today() now() year month day days_between add_days add_months round abs
 *       min max upper lower trim length contains starts_with has sum count min_of max_of if
 *       coalesce date}; see {@link org.daftar.model.expression.BuiltinFunction}.
 * </ul>
 *
 * <h2>Types</h2>
 *
 * <p>Every expression has an {@link org.daftar.model.expression.ExprType}: text, integer,
 * decimal, boolean, date, datetime, time, a reference to an entity, user, lines of an entity, or
 * multiple choice. Integers widen to decimals and {@code null} fits every type; nothing else
 * converts. {@code /} always gives a decimal, {@code &} joins texts, and values are compared only
 * with values of their own type (numbers with numbers, references with references to the same
 * entity). The {@link org.daftar.model.expression.TypeChecker} finds a type, or an error that
 * says what is wrong, where, and how to fix it.
 *
 * <h2>Missing values</h2>
 *
 * <p>Arithmetic with null gives null; a comparison with null is false, so test for it with
 * {@code is empty} (null, {@code ''}, no lines, no choices); {@code and}, {@code or} and
 * {@code not} treat null as false; {@code &} treats null as the empty text. The sum of no lines
 * is 0.
 *
 * <h2>Use</h2>
 *
 * <pre>{@code
 * Expression e = Expressions.parse("round(sum(lines.amount) * (1 + vat_rate / 100), 2)");
 * e.roots();                                  // [lines, vat_rate]: what it depends on
 * ExprType type = TypeChecker.typeOf(e, typeScope);
 * Object total = Evaluator.evaluate(e, valueScope);
 * e.toString();                               // canonical text, parses back to an equal tree
 * }</pre>
 *
 * <p>Every problem is an {@link org.daftar.model.expression.ExpressionException} with a message
 * for people and the offset of the offending token.
 */
package org.daftar.model.expression;
