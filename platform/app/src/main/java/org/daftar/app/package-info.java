/**
 * The Daftar application: the Spring Boot entry point that either starts the server or runs the
 * command line.
 *
 * <p>Sub-packages, one concern each:
 *
 * <ul>
 *   <li>{@link org.daftar.app.cli} — the command line ({@code validate}, {@code plan},
 *       {@code migrate}, ...), without Spring;
 *   <li>{@link org.daftar.app.config} — Daftar's own settings ({@code daftar.*});
 *   <li>{@link org.daftar.app.database} — the embedded PostgreSQL used when no database is
 *       configured;
 *   <li>{@link org.daftar.app.definitions} — finding, loading and checking the definitions;
 *   <li>{@link org.daftar.app.schema} — the definitions' tables made to match them at start-up;
 *   <li>{@link org.daftar.app.version} — the history of loaded definitions in the database;
 *   <li>{@link org.daftar.app.plugins} — the plugins on the classpath;
 *   <li>{@link org.daftar.ui.i18n} — built-in texts in English and Arabic;
 *   <li>{@link org.daftar.app.ui} — the Vaadin page shell and the home view;
 *   <li>{@link org.daftar.app.web} — plain HTTP endpoints and the start-up message.
 * </ul>
 */
package org.daftar.app;
