/**
 * Reports on screen: {@link org.daftar.ui.report.ReportView} runs a built-in or saved report (its
 * parameters asked first) and shows it as a grid, a pivot table and an Apache ECharts chart, with
 * CSV and XLSX exports; {@link org.daftar.ui.report.ReportBuilderView} lets managers build one from
 * a source entity, fields along references, filter chips, groups, measures, computed columns, sort
 * and limit, with a live preview, save it and share it with roles, or write SQL;
 * {@link org.daftar.ui.report.DashboardView} shows an app's reports as tiles. All data goes through
 * {@link org.daftar.ui.data.DataGateway}.
 *
 * <p>The builder is put together from panels, one per part of the report ({@code SourcePicker},
 * {@code ColumnsPicker}, {@link org.daftar.ui.report.FilterChips}, {@code ComputedColumnsEditor},
 * {@code GroupsEditor}, {@code MeasuresEditor}, {@code ShapeEditor}, {@code ReportPreview},
 * {@code ReportSaveBar}): each keeps its own inputs and changes the
 * {@link org.daftar.ui.report.ReportDraft}, and says so to the view, which runs the preview again.
 */
package org.daftar.ui.report;
