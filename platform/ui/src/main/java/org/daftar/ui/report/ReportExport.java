package org.daftar.ui.report;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;
import org.daftar.query.RowSink;
import org.daftar.query.export.CsvExport;
import org.daftar.query.export.XlsxExport;
import org.daftar.query.model.Query;
import org.daftar.ui.data.DataGateway;

/**
 * Downloads of a report's whole result (every row, streamed from PostgreSQL as it is written, no
 * cap) as CSV or XLSX, through the gateway (which checks the export right).
 */
public final class ReportExport {

    /** The file formats. */
    public enum Format {
        CSV("csv", "text/csv; charset=utf-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    /** What to export, taken when a download starts. */
    public record Run(Query query, Map<String, Object> params, String fileName) {}

    private final DataGateway gateway;

    public ReportExport(DataGateway gateway) {
        this.gateway = gateway;
    }

    /** Writes every row of {@code run} to {@code out} as {@code format}; returns the rows written. */
    public long write(Run run, Format format, OutputStream out) {
        RowSink sink = format == Format.CSV ? new CsvExport(out) : new XlsxExport(out);
        return gateway.export(run.query(), run.params(), sink);
    }

    /** A link that downloads the run given by {@code run} when followed. */
    public Anchor link(Format format, String text, Supplier<Run> run) {
        Anchor anchor = new Anchor(handler(format, run), text);
        anchor.setId("report-export-" + format.extension());
        return anchor;
    }

    private DownloadHandler handler(Format format, Supplier<Run> runs) {
        return event -> {
            Run run = runs.get();
            event.setFileName(run.fileName() + "." + format.extension());
            event.setContentType(format.mediaType());
            try (OutputStream out = event.getOutputStream()) {
                write(run, format, out);
            } catch (java.io.IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
