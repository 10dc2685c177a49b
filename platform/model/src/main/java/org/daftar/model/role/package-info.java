/**
 * Roles and their permissions: per entity (actions), per field (hidden, read-only) and per row
 * (a condition over the record and the user). The policy engine enforces them.
 */
package org.daftar.model.role;
