/**
 * Who may do what: users and their hashed passwords ({@link org.daftar.security.user}), the access
 * audit ({@link org.daftar.security.audit}), the one policy engine that turns the roles of the
 * definitions into rights ({@link org.daftar.security.policy}), and the facades that enforce those
 * rights on every record and query path ({@link org.daftar.security.access}).
 */
package org.daftar.security;
