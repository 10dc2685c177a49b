/**
 * Compilation of a query into one PostgreSQL statement: the query's values are split off into
 * bound parameters ({@link org.daftar.query.compile.Shapes}), the remaining shape is planned with
 * Calcite's RelBuilder ({@link org.daftar.query.compile.QueryCompiler}) and written as PostgreSQL
 * SQL by RelToSqlConverter, and the SQL is cached by shape
 * ({@link org.daftar.query.compile.ShapeCache}). A list page under a row rule with {@code or} may
 * be written as the union of each branch's page ({@link org.daftar.query.compile.OrBranches}).
 */
package org.daftar.query.compile;
