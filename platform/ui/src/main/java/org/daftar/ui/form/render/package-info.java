/**
 * The built-in field renderers of generated forms, one per built-in field type, and the
 * "unknown field" fallback. {@link org.daftar.ui.form.render.FormRenderers#registry} puts them in a
 * {@link org.daftar.plugin.render.RendererRegistry} together with the plugins' renderers: the built-in
 * ones rank {@link org.daftar.plugin.render.RankedTester#TYPE_SPECIFIC}, so a plugin replaces one
 * by ranking higher.
 *
 * <p>Every component implements {@link com.vaadin.flow.component.HasValue} with the value as the
 * record service stores it ({@code Long} for integers and references, {@code BigDecimal} for
 * decimals, {@code OffsetDateTime} for date-times, a list of texts for a multiple choice, a list of
 * maps for lines, a map for an attachment), shows numbers and dates in the user's language, and
 * can show a message at the field ({@link com.vaadin.flow.component.HasValidation}).
 *
 * <p>{@link org.daftar.ui.form.render.LinesEditor}, the lines of a record, keeps their values;
 * {@code LinesGrid} shows them as text with their totals ({@code LineTotals}), {@code LineEditingGrid}
 * edits one at a time in place with the components of {@code LineCells}, and {@code LineMessages}
 * lists the messages about them.
 */
package org.daftar.ui.form.render;
