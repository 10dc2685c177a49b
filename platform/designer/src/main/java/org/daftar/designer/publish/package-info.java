/**
 * Publishing definitions while the server runs: check a set of files (problems at file, line and
 * column), show what it would do to the tables, apply it in one transaction, switch every screen to
 * it from the next navigation, and keep every published set as a numbered version that can be
 * compared and rolled back to ({@link org.daftar.designer.publish.DefinitionsWorkspace}).
 *
 * <p>{@link org.daftar.designer.publish.PublishingWorkspace} is the server's workspace: it swaps
 * each published set into the {@link org.daftar.ui.runtime.RuntimeHolder} the screens read. The
 * versions are kept by the {@link org.daftar.designer.publish.ReleaseStore}; at start the
 * {@link org.daftar.designer.publish.StartupRule} keeps the files and the versions in step.
 */
package org.daftar.designer.publish;
