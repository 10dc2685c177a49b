/**
 * Queries: one {@link org.daftar.query.model.Query query model} for lists, lookups, reports and
 * exports, compiled by Calcite into one PostgreSQL statement and run there
 * ({@link org.daftar.query.QueryEngine}). Calcite is the compiler, PostgreSQL the executor: no
 * operator runs in memory. The SQL is cached by the query's shape and run with bound parameters.
 */
package org.daftar.query;
