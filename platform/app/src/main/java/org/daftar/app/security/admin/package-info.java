/**
 * The admin screen for users and roles ({@code admin/users}): create and edit users, give roles
 * (built-in and of the definitions) and the apps' user attributes, unlock accounts. Every change is
 * recorded in the access audit.
 */
package org.daftar.app.security.admin;
