/**
 * The web page: the {@link org.daftar.app.ui.DaftarAppShell} (page title, Lumo and the Daftar
 * theme as static style sheets — no frontend build) and the {@link org.daftar.app.ui.HomeView},
 * which lists the loaded apps.
 *
 * <p>Language: the browser's language chooses English or Arabic at the first visit;
 * {@link org.daftar.app.ui.LanguageSwitch} changes it for the whole session, and
 * {@link org.daftar.app.ui.UiLanguage} sets the page right-to-left for Arabic, in every tab of the
 * session. Views implement {@code LocaleChangeObserver} and render in the UI's language.
 */
package org.daftar.app.ui;
