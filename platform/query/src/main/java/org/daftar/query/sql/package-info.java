/**
 * SQL mode: a manager's SQL text, parsed and validated by Calcite against only the tables and
 * columns the manager may read, with the standard operators only (no library functions, no DDL
 * or DML, no system catalogs, no other schemas), then rewritten so that soft-deleted and
 * row-filtered rows stay hidden, and written as PostgreSQL SQL
 * ({@link org.daftar.query.sql.SqlCompiler}). Every refusal says why in words.
 */
package org.daftar.query.sql;
