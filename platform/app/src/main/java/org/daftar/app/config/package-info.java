/**
 * Daftar's own settings, bound from {@code daftar.*} properties or the matching environment
 * variables ({@code DAFTAR_DATA_DIR}, {@code DAFTAR_DEFINITIONS_DIR}).
 */
package org.daftar.app.config;
