/**
 * What the definitions want of the database: the {@link org.daftar.data.schema.TableSpec tables}
 * of every app, with the definitions' fields behind their columns, and every index and constraint
 * described by a key in stable ids ({@link org.daftar.data.migration.desired.DesiredSchema}). The
 * planner compares it with the {@link org.daftar.data.migration.live live database}.
 */
package org.daftar.data.migration.desired;
