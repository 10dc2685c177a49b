/**
 * The access audit: who signed in, failed to, exported records or changed users and permissions,
 * and when ({@link org.daftar.security.audit.AccessAudit}). Writes of records have their own audit
 * in the data module.
 */
package org.daftar.security.audit;
