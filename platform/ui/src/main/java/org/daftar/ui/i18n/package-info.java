/**
 * Daftar's built-in texts, in English and Arabic, from the bundle {@code messages*.properties}.
 * Labels written in definitions carry their own languages ({@link org.daftar.model.LocalizedText});
 * this package is for the texts of the platform itself.
 *
 * <p>{@link org.daftar.ui.i18n.Language} lists the languages and their writing direction;
 * {@link org.daftar.ui.i18n.Messages} is Vaadin's {@code I18NProvider}, so components use
 * {@code getTranslation("home.title")}.
 */
package org.daftar.ui.i18n;
