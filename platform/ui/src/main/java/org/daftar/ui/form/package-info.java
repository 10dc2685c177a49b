/**
 * Generated forms: a record of any entity, shown and edited through a form definition.
 *
 * <p>{@link org.daftar.ui.form.FormView} is the page ({@code apps/:app/forms/:form/:id?}); it puts
 * a {@link org.daftar.ui.form.RecordEditor} (the sections and fields, with the form's rules,
 * defaults and computed fields evaluated live as the user types) between a title and the actions:
 * save, save and new, cancel (with a guard against losing changes), delete (with undo) and the
 * record's history. Fields are rendered by the {@link org.daftar.plugin.render.RendererRegistry} of
 * {@link org.daftar.ui.form.FormSupport}: the built-in renderers of
 * {@link org.daftar.ui.form.render} and the plugins' ones, the best ranked winning. Every read and
 * write goes through the {@link org.daftar.ui.data.DataGateway}.
 */
package org.daftar.ui.form;
