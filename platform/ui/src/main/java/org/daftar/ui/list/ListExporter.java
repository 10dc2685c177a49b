package org.daftar.ui.list;

import org.daftar.ui.data.ExportFormat;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.daftar.query.RowSink;
import org.daftar.query.model.Query;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.i18n.Language;

/**
 * Writes the rows of a list's current view — its filters, search and sort, the columns shown — to
 * a CSV or XLSX file, streamed from the database through the data gateway (which checks the export
 * right), with no row cap. Headers are the columns' labels and choices their options' labels, in
 * the user's language; numbers and dates stay values, so that a spreadsheet can compute with them.
 */
final class ListExporter {

    /** Progress is told every this many rows. */
    static final int PROGRESS_STEP = 1_000;

    private final DataGateway gateway;

    ListExporter(DataGateway gateway) {
        this.gateway = gateway;
    }

    /**
     * @param progress told the number of rows written so far, every {@link #PROGRESS_STEP} rows
     * @return the number of rows written
     */
    long write(Query query, List<ListField> shown, Language language, ExportFormat format, OutputStream out,
            LongConsumer progress) {
        RowSink sink = new Labelled(format.sink(out), shown, language).andThen(new Counting(progress));
        return gateway.export(query, Map.of(), sink);
    }

    /** Puts labels in place of column paths and of choice values. */
    private record Labelled(RowSink file, List<ListField> shown, Language language) implements RowSink {

        @Override
        public void start(List<String> columns) throws Exception {
            file.start(shown.stream().map(field -> field.label().in(language.code())).toList());
        }

        @Override
        public void row(Object[] values) throws Exception {
            Object[] labelled = values.clone();
            for (int i = 0; i < labelled.length && i < shown.size(); i++) {
                ListField field = shown.get(i);
                if (labelled[i] != null && !field.options().isEmpty()) {
                    labelled[i] = labelled[i] instanceof List<?> many
                            ? many.stream().map(v -> field.optionLabel(v, language.code())).toList()
                            : field.optionLabel(labelled[i], language.code());
                }
            }
            file.row(labelled);
        }

        @Override
        public void end() throws Exception {
            file.end();
        }
    }

    /** Counts rows and tells the count every {@link #PROGRESS_STEP} rows and at the end. */
    private static final class Counting implements RowSink {

        private final LongConsumer progress;
        private long rows;

        Counting(LongConsumer progress) {
            this.progress = progress;
        }

        @Override
        public void start(List<String> columns) {
        }

        @Override
        public void row(Object[] values) {
            if (++rows % PROGRESS_STEP == 0) {
                progress.accept(rows);
            }
        }
    }
}
