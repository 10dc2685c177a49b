package org.daftar.ui.report;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;
import org.daftar.query.model.Query;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.data.ExportFormat;

/**
 * Downloads of a report's whole result (every row, streamed from PostgreSQL as it is written, no
 * cap) as CSV or XLSX, through the gateway (which checks the export right).
 */
public final class ReportExport {

    /** What to export, taken when a download starts. */
    public record Run(Query query, Map<String, Object> params, String fileName) {}

    private final DataGateway gateway;

    public ReportExport(DataGateway gateway) {
        this.gateway = gateway;
    }

    /** Writes every row of {@code run} to {@code out} as {@code format}; returns the rows written. */
    public long write(Run run, ExportFormat format, OutputStream out) {
        return gateway.export(run.query(), run.params(), format.sink(out));
    }

    /** A link that downloads the run given by {@code run} when followed. */
    public Anchor link(ExportFormat format, String text, Supplier<Run> run) {
        Anchor anchor = new Anchor(handler(format, run), text);
        anchor.setId("report-export-" + format.extension());
        return anchor;
    }

    private DownloadHandler handler(ExportFormat format, Supplier<Run> runs) {
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
