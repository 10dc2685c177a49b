/**
 * The global search of the shell: a field in the top bar of every page of an app (Ctrl+K focuses
 * it) that finds the records of the app's entities the user may read, through the
 * {@link org.daftar.ui.data.DataGateway} (so the policy engine's row rules and hidden fields
 * apply), matching text as the lists' quick search does. {@link org.daftar.ui.search.SearchTargets}
 * decides where to look, {@link org.daftar.ui.search.RecordSearch} runs the small queries,
 * {@link org.daftar.ui.search.GlobalSearch} is the field and
 * {@link org.daftar.ui.search.SearchResults} the results popup, built on first use.
 */
package org.daftar.ui.search;
