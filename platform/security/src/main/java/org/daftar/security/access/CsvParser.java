package org.daftar.security.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: comma-separated, double quotes around values with commas, quotes or line
 * breaks, {@code ""} for a quote) in UTF-8, with or without a byte-order mark.
 */
public final class CsvParser {

    private CsvParser() {}

    /** The rows of a file in UTF-8 (a byte-order mark is skipped), each the list of its values. */
    public static List<List<String>> rows(InputStream in) {
        String text;
        try {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The file could not be read: " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return rows(text);
    }

    /** The rows of a CSV text, each the list of its values. */
    public static List<List<String>> rows(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    value.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                row.add(value.toString());
                value.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || !value.isEmpty()) {
                    row.add(value.toString());
                    rows.add(row);
                }
                row = new ArrayList<>();
                value.setLength(0);
                any = false;
            } else {
                value.append(c);
            }
        }
        if (any || !value.isEmpty()) {
            row.add(value.toString());
            rows.add(row);
        }
        return rows;
    }
}
