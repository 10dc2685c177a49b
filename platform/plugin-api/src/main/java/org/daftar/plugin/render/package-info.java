/**
 * Field renderers, chosen by rank as JSON Forms chooses its renderers.
 *
 * <p>Every renderer says how well it fits a field ({@link
 * org.daftar.plugin.render.FieldRenderer#rank}): {@link
 * org.daftar.plugin.render.RankedTester#NOT_APPLICABLE} ({@code -1}) when it does not fit at all,
 * a higher number the better it fits. The {@link org.daftar.plugin.render.RendererRegistry} asks
 * every renderer and the highest rank wins; when none applies, the "unknown field" renderer shows
 * the field, so that a form never fails because of one field.
 *
 * <p>Ranks by convention:
 *
 * <ul>
 *   <li>{@link org.daftar.plugin.render.RankedTester#GENERIC} ({@code 1}): fits many types, e.g.
 *       a text field for any field whose value is text;
 *   <li>{@link org.daftar.plugin.render.RankedTester#TYPE_SPECIFIC} ({@code 2}): made for one
 *       field type, e.g. a date picker for {@code date} or an IBAN field for {@code iban};
 *   <li>higher: a specialised renderer that replaces another one ranks one higher than it, e.g.
 *       {@code withIncreasedRank(1, builtInDateTester)} for a Hijri date picker.
 * </ul>
 *
 * <p>Testers are pure functions of a {@link org.daftar.plugin.render.FieldContext}, built from
 * the small predicates in {@link org.daftar.plugin.render.Testers}:
 *
 * <pre>{@code
 * RankedTester tester = rankWith(TYPE_SPECIFIC, and(isType("iban"), not(isReadOnly())));
 * }</pre>
 */
package org.daftar.plugin.render;
