/**
 * What every screen runs on, and how it changes while the server runs. A
 * {@link org.daftar.ui.runtime.RuntimeSnapshot} is one immutable set of the definitions and the
 * services built for them (query engine, record service, policy engine, the secured facades); the
 * {@link org.daftar.ui.runtime.RuntimeHolder} holds the current one and replaces it in one step
 * when definitions are published.
 *
 * <p>Views are made per navigation and read the snapshot once when made, so an open form keeps
 * the definitions it was opened with; the singletons (the data gateway, form support, the
 * navigation drawer) read {@link org.daftar.ui.runtime.RuntimeHolder#current()} on every call.
 */
package org.daftar.ui.runtime;
