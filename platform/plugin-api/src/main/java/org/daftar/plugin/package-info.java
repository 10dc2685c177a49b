/**
 * What a plugin implements, and how Daftar finds plugins.
 *
 * <p>A plugin is a jar with one {@link org.daftar.plugin.DaftarPlugin} registered in
 * {@code META-INF/services/org.daftar.plugin.DaftarPlugin}. It can add four kinds of extension:
 *
 * <ul>
 *   <li>field types ({@link org.daftar.model.entity.CustomFieldType}, defined by the model so that
 *       definitions can be checked without any UI), used in definitions as {@code type: NAME};
 *   <li>field renderers ({@link org.daftar.plugin.render.FieldRenderer}), chosen by rank as in
 *       JSON Forms;
 *   <li>record validators ({@link org.daftar.plugin.validate.RecordValidator}), run on every
 *       write;
 *   <li>record actions ({@link org.daftar.plugin.action.RecordAction}), buttons on a record.
 * </ul>
 *
 * <p>{@link org.daftar.plugin.Plugins#load()} finds the plugins on the class path and refuses
 * conflicting ones (two plugins with the same id, two field types or actions with the same name)
 * with a message naming both. Daftar never loads a plugin class by a name found in a definition:
 * everything a plugin adds comes through these interfaces.
 */
package org.daftar.plugin;
