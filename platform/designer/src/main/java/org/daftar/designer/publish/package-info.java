/**
 * Publishing definitions while the server runs: check a set of files (problems at file, line and
 * column), show what it would do to the tables, apply it in one transaction, switch every screen to
 * it from the next navigation, and keep every published set as a numbered version that can be
 * compared and rolled back to ({@link org.daftar.designer.publish.DefinitionsWorkspace}).
 */
package org.daftar.designer.publish;
