/**
 * The web page around every view: the {@link org.daftar.ui.shell.DaftarAppShell} (page title,
 * Lumo and the Daftar theme as static style sheets), and the user's language:
 * {@link org.daftar.ui.shell.LanguageSwitch} changes it for the whole session, and
 * {@link org.daftar.ui.shell.UiLanguage} sets the page right-to-left for Arabic, in every tab of
 * the session.
 */
package org.daftar.ui.shell;
