package org.daftar.ui.list;

import org.daftar.ui.data.ExportFormat;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.daftar.query.model.Query;
import org.daftar.ui.i18n.Language;

/**
 * The "Export CSV" and "Export Excel" links of a list. Each download writes the view as it is when
 * the link is followed (filters, search, sort, columns shown), streamed to the browser, and shows
 * its progress when it runs long ({@link ExportProgress}).
 */
final class ExportLinks {

    /** What to export, taken when a download starts. */
    record View(Query query, List<ListField> shown, Language language, long estimatedRows) {}

    private final ListExporter exporter;
    private final String fileName;
    private final Supplier<View> view;

    /**
     * @param fileName the file's name without its extension
     * @param view the view to export now
     */
    ExportLinks(ListExporter exporter, String fileName, Supplier<View> view) {
        this.exporter = exporter;
        this.fileName = fileName;
        this.view = view;
    }

    /**
     * @param progressText the progress text for a language and a number of rows written
     */
    Anchor link(ExportFormat format, String text, BiFunction<Language, Long, String> progressText) {
        Anchor anchor = new Anchor(handler(format, progressText), text);
        anchor.setId("export-" + format.extension());
        return anchor;
    }

    private DownloadHandler handler(ExportFormat format, BiFunction<Language, Long, String> progressText) {
        return event -> {
            View now = view.get();
            event.setFileName(fileName + "." + format.extension());
            event.setContentType(format.mediaType());
            ExportProgress progress = new ExportProgress(event.getUI(), now.estimatedRows(),
                    rows -> progressText.apply(now.language(), rows));
            try (OutputStream out = event.getOutputStream()) {
                exporter.write(now.query(), now.shown(), now.language(), format, out, progress::rows);
            } finally {
                progress.finished();
            }
        };
    }
}
