/**
 * The physical model: the tables, columns, keys and indexes that definitions call for
 * ({@link org.daftar.data.schema.TableSpecs}; indexes for the roles' row rules among them), and how identifiers and literals from definitions
 * are quoted into SQL ({@link org.daftar.data.schema.Sql}). Each app's tables live in a PostgreSQL
 * schema named after the app; each entity is a table named after the entity; every table has the
 * {@link org.daftar.data.schema.SystemColumns system columns}.
 */
package org.daftar.data.schema;
