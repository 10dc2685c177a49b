/**
 * The web page around every view: the {@link org.daftar.ui.shell.DaftarAppShell} (page title,
 * Lumo and the Daftar theme as static style sheets); the {@link org.daftar.ui.shell.MainLayout}
 * that frames every screen — the apps' navigation built from their menus
 * ({@link org.daftar.ui.shell.AppNavigation}, which also names the screens' URLs), the language
 * switch, the signed-in user and "Sign out", and the theme of the app on screen
 * ({@link org.daftar.ui.shell.AppTheme}); and the user's language:
 * {@link org.daftar.ui.shell.LanguageSwitch} changes it for the whole session, and
 * {@link org.daftar.ui.shell.UiLanguage} sets the page right-to-left for Arabic, in every tab of
 * the session.
 */
package org.daftar.ui.shell;
