/**
 * The history of the definitions Daftar ran with, kept in the platform's own table
 * {@code daftar_definition_version} (created by Flyway, {@code db/migration}).
 *
 * <p>At every start the {@link org.daftar.app.version.DefinitionVersionRecorder} compares the
 * checksum of the loaded definitions with the last recorded one and adds a row only when they
 * differ, so restarts with the same definitions add nothing. The version in force is exposed as a
 * {@link org.daftar.app.version.LoadedVersion} bean.
 */
package org.daftar.app.version;
