/**
 * The enforcing facades: {@link org.daftar.security.access.SecuredRecords} (open, save, delete,
 * restore, bulk delete, history, import) and {@link org.daftar.security.access.SecuredQueries}
 * (lists, lookups, reports, counts, exports, SQL mode) apply the {@link
 * org.daftar.security.policy.PolicyEngine}'s rights on the server to every call, whatever a screen
 * showed. A forbidden action, record or field is refused with {@link
 * org.daftar.security.access.AccessDeniedException} in the user's language; records outside a row
 * filter are simply not in query results.
 */
package org.daftar.security.access;
