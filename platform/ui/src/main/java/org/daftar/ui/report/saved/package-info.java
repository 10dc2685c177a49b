/**
 * Reports that users save, name and share with roles ({@link org.daftar.ui.report.saved.SavedReportStore},
 * table {@code daftar_saved_report}), written as definition files ({@link org.daftar.ui.report.saved.ReportYaml}),
 * and the tiles of each app's dashboard ({@link org.daftar.ui.report.saved.DashboardTiles}).
 */
package org.daftar.ui.report.saved;
