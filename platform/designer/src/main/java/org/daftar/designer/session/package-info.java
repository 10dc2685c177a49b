/**
 * The designer's work for the signed-in admin ({@link org.daftar.designer.session.DesignerSession}):
 * every call first checks, on the server, that the user is an admin — hidden buttons are not the
 * only guard.
 */
package org.daftar.designer.session;
