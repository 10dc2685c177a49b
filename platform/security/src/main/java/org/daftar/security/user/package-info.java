/**
 * The people who sign in: {@link org.daftar.security.user.UserStore} keeps them in PostgreSQL with
 * their roles and attributes, {@link org.daftar.security.user.PasswordHashing} keeps passwords as
 * bcrypt hashes only, and {@link org.daftar.security.user.LoginAttempts} locks an account after
 * repeated failures.
 */
package org.daftar.security.user;
