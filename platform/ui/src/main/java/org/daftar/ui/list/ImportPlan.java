package org.daftar.ui.list;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.security.access.CsvColumns;
import org.daftar.security.access.CsvParser;
import org.daftar.ui.data.Rights;

/**
 * What importing a CSV file will do, shown before anything is written: which of the file's columns
 * are matched to which fields (by name or label, English or Arabic, as the import matches them),
 * which columns are ignored (not a field, or a field the user may not set), how many rows and the
 * first few of them. {@link #csv()} is the file as it will be sent: the matched columns only, headed
 * by field names, the rows in the same order, so the import's "row N" is the row of the user's file.
 */
final class ImportPlan {

    /** How many rows the preview shows. */
    static final int PREVIEW_ROWS = 5;

    /** One matched column: where it is in the file and the field it holds. */
    record Column(int index, String header, FieldDef field) {}

    private final List<Column> columns;
    private final List<String> ignored;
    private final List<List<String>> rows;

    private ImportPlan(List<Column> columns, List<String> ignored, List<List<String>> rows) {
        this.columns = List.copyOf(columns);
        this.ignored = List.copyOf(ignored);
        this.rows = rows;
    }

    /** Reads a file (UTF-8, with or without a byte-order mark) for importing into {@code entity}. */
    static ImportPlan of(EntityDef entity, Rights rights, byte[] file) {
        List<List<String>> parsed = CsvParser.rows(new ByteArrayInputStream(file));
        List<String> header = parsed.isEmpty() ? List.of() : parsed.getFirst();
        List<Column> matched = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            Optional<FieldDef> field = CsvColumns.field(entity, name).filter(f -> importable(f, rights))
                    .filter(f -> matched.stream().noneMatch(c -> c.field().equals(f)));
            if (field.isPresent()) {
                matched.add(new Column(i, name.strip(), field.get()));
            } else if (!name.isBlank()) {
                ignored.add(name.strip());
            }
        }
        return new ImportPlan(matched, ignored, parsed.isEmpty() ? List.of() : parsed.subList(1, parsed.size()));
    }

    /** The fields of {@code entity} a CSV file can fill for a user with {@code rights}, in the entity's order. */
    static List<FieldDef> importable(EntityDef entity, Rights rights) {
        return entity.fields().stream().filter(field -> importable(field, rights)).toList();
    }

    /** A template to fill in: the header of the importable fields, by name, in UTF-8 with a byte-order mark. */
    static byte[] template(EntityDef entity, Rights rights) {
        List<String> names = importable(entity, rights).stream().map(FieldDef::name).toList();
        return ("\uFEFF" + String.join(",", names) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static boolean importable(FieldDef field, Rights rights) {
        return !field.isGenerated() && !field.is(FieldType.ATTACHMENT) && !field.is(FieldType.LINES)
                && rights.importRecords() && rights.canSee(field.name()) && !rights.readOnly().contains(field.name());
    }

    List<Column> columns() {
        return columns;
    }

    /** The headers of the columns that will not be imported. */
    List<String> ignored() {
        return ignored;
    }

    /** How many records the file holds. */
    int rowCount() {
        return rows.size();
    }

    /** True when there is something to import: at least one matched column and one row. */
    boolean ready() {
        return !columns.isEmpty() && !rows.isEmpty();
    }

    /** The first {@value #PREVIEW_ROWS} rows, the matched columns' values only. */
    List<List<String>> preview() {
        return rows.stream().limit(PREVIEW_ROWS).map(this::matchedValues).toList();
    }

    /** The file as it will be imported: the matched columns, headed by their field names. */
    byte[] csv() {
        StringBuilder text = new StringBuilder(line(columns.stream().map(c -> c.field().name()).toList()));
        rows.forEach(row -> text.append(line(matchedValues(row))));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private List<String> matchedValues(List<String> row) {
        return columns.stream().map(c -> c.index() < row.size() ? row.get(c.index()) : "").toList();
    }

    private static String line(List<String> values) {
        return String.join(",", values.stream().map(ImportPlan::quoted).toList()) + "\r\n";
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
