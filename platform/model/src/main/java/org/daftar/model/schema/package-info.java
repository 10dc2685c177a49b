/**
 * JSON Schemas: the published schemas of the definition files ({@link
 * org.daftar.model.schema.PublishedSchemas}), one per kind, and the schemas of records that each
 * entity compiles to ({@link org.daftar.model.schema.RecordSchemaCompiler}), which every write is
 * validated against.
 */
package org.daftar.model.schema;
