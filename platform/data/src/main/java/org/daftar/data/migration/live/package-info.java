/**
 * The live database as the migration planner sees it: what Daftar recorded in its
 * {@code daftar_schema_*} tables (which table holds each entity and which column each field, by
 * their stable ids; which indexes and constraints it made, and what they are) and what
 * PostgreSQL's catalog says is really there (tables, columns with their types, names of indexes and
 * constraints). {@link org.daftar.data.migration.live.LiveSchemaReader} reads both into one
 * immutable {@link org.daftar.data.migration.live.LiveSchema}.
 */
package org.daftar.data.migration.live;
