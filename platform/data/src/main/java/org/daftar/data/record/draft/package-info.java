/**
 * A record on its way to the database ({@link org.daftar.data.record.draft.Draft}, with its
 * {@link org.daftar.data.record.draft.LineDraft lines}) and as it was read from it
 * ({@link org.daftar.data.record.draft.StoredRecord}): values already of their field's Java type,
 * built from what a caller gave ({@link org.daftar.data.record.draft.Drafts}) and read from and
 * written to the tables ({@link org.daftar.data.record.draft.RecordReader},
 * {@link org.daftar.data.record.draft.RecordWriter}).
 *
 * <p>Part of the record service's implementation: use {@link org.daftar.data.record.RecordService}.
 */
package org.daftar.data.record.draft;
