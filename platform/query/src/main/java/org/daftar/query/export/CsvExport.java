package org.daftar.query.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.daftar.query.RowSink;

/**
 * Writes rows as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet programs read
 * Arabic right), one row at a time.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(path)) {
 *     engine.stream(query, readable, params, 1_000, new CsvExport(out));
 * }
 * }</pre>
 */
public final class CsvExport implements RowSink {

    private final Writer out;

    public CsvExport(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void start(List<String> columns) throws IOException {
        out.write('\uFEFF');
        line(columns.toArray());
    }

    @Override
    public void row(Object[] values) throws IOException {
        line(values);
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }

    private void line(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(Cells.text(values[i])));
        }
        out.write("\r\n");
    }

    static String quoted(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
