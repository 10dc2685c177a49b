/**
 * The definitions the running server works with, and publishing new ones without a restart.
 * {@link org.daftar.app.live.LiveDefinitionsConfiguration} applies the start-up rule (files and
 * published versions in step: {@link org.daftar.designer.publish.StartupRule}), makes the
 * {@link org.daftar.ui.runtime.RuntimeHolder} every screen reads, and the
 * {@link org.daftar.designer.publish.DefinitionsWorkspace} that publishes into it.
 */
package org.daftar.app.live;
