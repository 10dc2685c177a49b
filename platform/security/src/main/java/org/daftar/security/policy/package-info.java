/**
 * The one policy engine. {@link org.daftar.security.policy.PolicyEngine} reads the roles of the
 * definitions and the built-in roles, and answers for a {@link org.daftar.security.policy.UserContext}
 * what it may do with each entity ({@link org.daftar.security.policy.EntityRights}: actions, hidden
 * and read-only fields, a row filter per action) and what it may read
 * ({@link org.daftar.query.schema.ReadableSchema}, the row filters compiled into every query plan).
 *
 * <p>Semantics: built-in {@code admin} may do everything, {@code manager} read and export
 * everything, {@code staff} create, read and update everything; a role of the definitions grants
 * exactly its listed permissions. Several roles: actions are the union, the row filter of an action
 * is the OR of the filters of the grants that give it, and a field is hidden (read-only) only when
 * every grant giving read (update) hides it (makes it read-only).
 */
package org.daftar.security.policy;
