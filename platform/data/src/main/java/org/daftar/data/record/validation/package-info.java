/**
 * Validation of every write: a record is checked against its entity's record JSON Schema
 * ({@link org.daftar.data.record.validation.SchemaRule}), its fields' own rules (plugin types,
 * date bounds, files: {@link org.daftar.data.record.validation.FieldRules}), its entity's checks
 * ({@link org.daftar.data.record.validation.CheckRules}), the rules of the form it was entered with
 * ({@link org.daftar.data.record.validation.FormRules}), its references
 * ({@link org.daftar.data.record.validation.ReferenceRules}) and its unique keys
 * ({@link org.daftar.data.record.validation.UniqueRules}). What is wrong comes back as
 * {@link org.daftar.data.record.validation.FieldMessage}s in the user's language, in a
 * {@link org.daftar.data.record.validation.ValidationException} — the same messages whatever the
 * path the record came by.
 */
package org.daftar.data.record.validation;
