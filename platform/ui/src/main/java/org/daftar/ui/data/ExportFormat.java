package org.daftar.ui.data;

import java.io.OutputStream;
import org.daftar.query.RowSink;
import org.daftar.query.export.CsvExport;
import org.daftar.query.export.XlsxExport;

/** The file formats a list or a report exports to: CSV (UTF-8, for spreadsheets) and XLSX. */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** A sink writing rows in this format to {@code out}, streamed. */
    public RowSink sink(OutputStream out) {
        return this == CSV ? new CsvExport(out) : new XlsxExport(out);
    }
}
