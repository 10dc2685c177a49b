/**
 * The audit: every write of a record adds, in its own transaction, a row to
 * {@code public.daftar_audit} saying who wrote, when, what (create, update, delete, restore), each
 * changed field's value before and after, the changes to its lines, and why when a reason was
 * given ({@link org.daftar.data.record.audit.AuditLog}). A record's history is read back as
 * {@link org.daftar.data.record.audit.AuditEntry}s, deleted records included.
 *
 * <p>Fields and entities are recorded by their stable ids, so a renamed field keeps its history;
 * the lines of a record are audited on their parent's row (one save, one row).
 */
package org.daftar.data.record.audit;
