/**
 * The structured editors of definition files, one per kind (app, entity, form, list, role), each
 * changing the file's YAML tree in place and saving it to the draft on every change. Rows of a
 * file (fields, sections, columns, choices, permissions) are reordered by drag and drop and by the
 * "Move up" / "Move down" buttons ({@link org.daftar.designer.editor.OrderedRows}).
 */
package org.daftar.designer.editor;
