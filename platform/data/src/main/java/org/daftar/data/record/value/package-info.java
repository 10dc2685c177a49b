/**
 * Record values: the Java type of each kind of field ({@link org.daftar.data.record.value.FieldKind}),
 * and how a value is brought to that type from what callers give
 * ({@link org.daftar.data.record.value.InputValues}), bound to and read from JDBC
 * ({@link org.daftar.data.record.value.JdbcValues}), written as JSON for the record schema and the
 * audit ({@link org.daftar.data.record.value.JsonValues}) and compared
 * ({@link org.daftar.data.record.value.SameValues}).
 *
 * <p>Part of the record service's implementation: use {@link org.daftar.data.record.RecordService}.
 */
package org.daftar.data.record.value;
