/**
 * What a query may read: the {@link org.daftar.query.schema.Catalog} of entity tables (from the
 * physical model, {@link org.daftar.data.schema.TableSpecs}), the
 * {@link org.daftar.query.schema.ReadableSchema} policy hook (readable entities and fields, row
 * filters), and the Calcite schemas built from both.
 */
package org.daftar.query.schema;
