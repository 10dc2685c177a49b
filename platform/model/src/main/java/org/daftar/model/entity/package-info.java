/**
 * Entities and their fields: what becomes a table, and the rules every record of it obeys.
 *
 * <p>A field's {@code type} is one of the {@link org.daftar.model.entity.FieldType built-in
 * types} or the name of a type that a plugin adds
 * ({@link org.daftar.model.entity.CustomFieldType}).
 */
package org.daftar.model.entity;
