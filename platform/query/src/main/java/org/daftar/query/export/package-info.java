/**
 * Streaming exports: {@link org.daftar.query.RowSink}s that write rows as they come from
 * PostgreSQL ({@link org.daftar.query.QueryEngine#stream}), in constant memory and with no row cap:
 * CSV ({@link org.daftar.query.export.CsvExport}) and XLSX through Apache POI's streaming
 * workbook ({@link org.daftar.query.export.XlsxExport}).
 */
package org.daftar.query.export;
