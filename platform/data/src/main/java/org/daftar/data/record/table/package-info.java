/**
 * Entities as the record service stores them: each entity's table, its field columns with their
 * {@link org.daftar.data.record.value.FieldKind kinds}, its lines, and the SQL that reads and
 * writes it, built once per entity from quoted identifiers ({@link org.daftar.data.schema.Sql})
 * with every value a bound parameter ({@link org.daftar.data.record.table.EntityTable},
 * {@link org.daftar.data.record.table.EntityTables}).
 *
 * <p>Part of the record service's implementation: use {@link org.daftar.data.record.RecordService}.
 */
package org.daftar.data.record.table;
