/**
 * Finding, loading and checking definitions.
 *
 * <p>A {@link org.daftar.app.definitions.DefinitionOrigin} says where the files are: folders on
 * disk, or the built-in apps packaged on the classpath under {@code daftar/definitions/}. A
 * {@link org.daftar.app.definitions.DefinitionsReader} reads them and hands them to the model's
 * loader with the field types that plugins add ({@link org.daftar.plugin.Plugins#fieldTypes()}).
 * The command line and the server use the same two classes, so {@code validate} accepts exactly
 * what the server accepts.
 *
 * <p>At start-up, {@link org.daftar.app.definitions.DefinitionsConfiguration} loads the
 * definition files once and refuses to start when they have problems; the start-up rule
 * ({@link org.daftar.app.live}) then decides whether they are published as a new version or the
 * newest published version is kept.
 */
package org.daftar.app.definitions;
