/**
 * Generated lists: {@link org.daftar.ui.list.ListView} shows a list definition as a grid read
 * through the {@link org.daftar.ui.data.DataGateway} with keyset pagination, with filters per
 * column type ({@link org.daftar.ui.list.ColumnFilter}), quick search, a column chooser, saved
 * views per user ({@link org.daftar.ui.list.SavedViewStore}), bulk delete with undo and streamed
 * CSV/XLSX export. The list's whole state is its URL query ({@link org.daftar.ui.list.ListState}),
 * so lists are bookmarkable.
 */
package org.daftar.ui.list;
