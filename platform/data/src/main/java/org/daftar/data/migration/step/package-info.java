/**
 * The steps of a migration plan. {@link org.daftar.data.migration.step.Step} is a sealed interface
 * with one record per kind of change (add an entity, rename a field, widen a type, archive a
 * removed field, ...); each step says itself in words for people and in the exact SQL statements
 * it runs, says how risky it is ({@link org.daftar.data.migration.step.Risk}: safe, refused
 * unless forced, or not possible), and which {@link org.daftar.data.migration.step.DataCheck data
 * checks} must find no row before it may run.
 *
 * <p>Steps are plain values: the planner decides what they are, the applier runs their SQL.
 */
package org.daftar.data.migration.step;
