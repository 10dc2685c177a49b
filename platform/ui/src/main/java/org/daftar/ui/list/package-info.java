/**
 * Generated lists: {@link org.daftar.ui.list.ListView} shows a list definition as a grid read
 * through the {@link org.daftar.ui.data.DataGateway} with keyset pagination, with filters per
 * column type ({@link org.daftar.ui.list.ColumnFilter}), quick search, a column chooser, saved
 * views per user ({@link org.daftar.ui.list.SavedViewStore}), bulk delete with undo, streamed
 * CSV/XLSX export and CSV import with a preview ({@link org.daftar.ui.list.ImportDialog}, planned by
 * {@link org.daftar.ui.list.ImportPlan}). The list's whole state is its URL query ({@link org.daftar.ui.list.ListState}),
 * so lists are bookmarkable.
 */
package org.daftar.ui.list;
