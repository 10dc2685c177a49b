/**
 * Sign-in and the signed-in user's rights in the server: Spring Security with Vaadin's integration
 * ({@link org.daftar.app.security.SecurityConfiguration}), users from the security module's
 * {@link org.daftar.security.user.UserStore}, lockout and access audit on every sign-in, the
 * one-time first-admin setup, and the {@link org.daftar.app.security.SecuredDataGateway} through
 * which every screen reads and writes data under the policy engine.
 */
package org.daftar.app.security;
