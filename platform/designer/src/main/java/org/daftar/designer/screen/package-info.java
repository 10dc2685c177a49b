/**
 * The designer's pages, for admins only: {@code designer} (the apps, "New app", export and import)
 * and {@code designer/APP} (one app: its files, each in a structured editor and a YAML view with a
 * live preview; publish, versions, discard draft, export).
 */
package org.daftar.designer.screen;
