/**
 * The migration planner: compares what the definitions want
 * ({@link org.daftar.data.migration.desired.DesiredSchema}) with the live database
 * ({@link org.daftar.data.migration.live.LiveSchema}) and says what to change, as
 * {@link org.daftar.data.migration.step.Step steps} in the order they can run.
 *
 * <p>Entities and fields are matched by their stable ids, so a changed name is a rename and the
 * data stays. What the definitions no longer have is archived (kept, renamed aside), never
 * dropped, until a purge is asked for. Type changes are classified by
 * {@link org.daftar.data.migration.planner.Conversions}: widening is safe, narrowing is refused
 * unless forced, and whatever could fail on some values is checked against the data first.
 * The planner itself reads nothing: it is a function of its inputs.
 */
package org.daftar.data.migration.planner;
