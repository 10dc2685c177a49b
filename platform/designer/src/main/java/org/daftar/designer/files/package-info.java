/**
 * Definitions as files outside the server: an app (or every app) exported as a zip in the layout
 * of {@code definitions/} ({@link org.daftar.designer.files.DefinitionsZip}), a zip read back with
 * clear errors for entries that do not belong ({@link org.daftar.designer.files.ZipProblem}), an
 * imported app merged into the published set ({@link org.daftar.designer.files.AppFiles}), and the
 * watched definitions folder of development ({@link org.daftar.designer.files.FolderWatch}).
 */
package org.daftar.designer.files;
