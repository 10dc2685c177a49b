/**
 * Records: the one way records are written and read — by forms, imports, the API and sample data.
 * {@link org.daftar.data.record.RecordService} creates, reads, updates, soft-deletes and restores
 * records of any entity, a parent and its lines in one transaction, as {@code Map<String, Object>}
 * keyed by field name. Every write is validated (record JSON Schema, field rules, checks, form
 * rules, references, unique keys: {@link org.daftar.data.record.validation}), numbered and computed
 * on the server ({@link org.daftar.data.record.compute}), refused when based on a stale version
 * ({@link org.daftar.data.record.StaleRecordException}) and audited in the same transaction
 * ({@link org.daftar.data.record.audit}).
 *
 * <p>Sub-packages other than {@code validation} and {@code audit} (whose exceptions and entries
 * callers see) are the service's implementation.
 */
package org.daftar.data.record;
