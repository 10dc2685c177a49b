/**
 * What the server computes on every save: computed fields, in the order they depend on each other
 * and over the lines being saved ({@link org.daftar.data.record.compute.ComputedFields}), defaults
 * ({@link org.daftar.data.record.compute.Defaults}) and gap-free auto-numbers
 * ({@link org.daftar.data.record.compute.AutoNumbers}); and how expressions read a record, its
 * lines and the records it refers to ({@link org.daftar.data.record.compute.RecordScope}).
 *
 * <p>Part of the record service's implementation: use {@link org.daftar.data.record.RecordService}.
 */
package org.daftar.data.record.compute;
