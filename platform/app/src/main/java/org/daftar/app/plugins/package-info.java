/**
 * The plugins found on the classpath ({@code META-INF/services/org.daftar.plugin.DaftarPlugin}),
 * exposed as one {@link org.daftar.plugin.Plugins} bean: their field types are used when
 * definitions are loaded, their renderers, validators and actions by the screens.
 */
package org.daftar.app.plugins;
