package org.daftar.security.access;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.daftar.data.record.RecordSession;
import org.daftar.data.record.validation.FieldMessage;
import org.daftar.data.record.validation.ValidationException;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.query.schema.ReadableSchema;

/**
 * Imports a CSV file as new records, all or nothing: the header names the fields (by name or by
 * label, in English or Arabic); every row is checked as a form save would be, and when any row
 * fails nothing is saved and every problem is reported, {@code row N, field F: message}.
 */
final class CsvImport {

    private final CsvValues values;

    CsvImport(CsvValues values) {
        this.values = values;
    }

    /** Creates one record per data row through {@code create}; returns how many. */
    int run(RecordSession session, EntityDef entity, InputStream csv, ReadableSchema readable, Locale locale,
            RowCreator create) {
        List<List<String>> rows = CsvParser.rows(csv);
        if (rows.isEmpty()) {
            return 0;
        }
        List<FieldDef> columns = header(entity, rows.getFirst(), locale);
        List<String> problems = new ArrayList<>();
        Connection connection = session.connection();
        for (int r = 1; r < rows.size(); r++) {
            int rowNumber = r + 1;
            Map<String, Object> record = record(connection, entity, columns, rows.get(r), readable, locale, rowNumber,
                    problems);
            if (record != null) {
                save(connection, () -> create.create(record), locale, rowNumber, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
        return rows.size() - 1;
    }

    /** Creates one record in the import's transaction. */
    interface RowCreator {
        void create(Map<String, Object> values);
    }

    private static List<FieldDef> header(EntityDef entity, List<String> names, Locale locale) {
        List<FieldDef> columns = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            String wanted = name.strip();
            CsvColumns.field(entity, wanted).ifPresentOrElse(columns::add,
                    () -> problems.add(where(locale, 1, wanted, Refusals.isArabic(locale) ? "ليس حقلًا في هذا الكيان."
                            : "not a field of " + entity.labelOrName().in(locale) + ".")));
        }
        if (!problems.isEmpty()) {
            throw new ImportFailedException(problems);
        }
        return columns;
    }

    private Map<String, Object> record(Connection connection, EntityDef entity, List<FieldDef> columns, List<String> cells,
            ReadableSchema readable, Locale locale, int rowNumber, List<String> problems) {
        Map<String, Object> record = new LinkedHashMap<>();
        boolean ok = true;
        for (int c = 0; c < columns.size() && c < cells.size(); c++) {
            if (cells.get(c).isBlank()) {
                continue;
            }
            FieldDef field = columns.get(c);
            try {
                record.put(field.name(), values.value(connection, entity, field, cells.get(c), readable, locale));
            } catch (IllegalArgumentException e) {
                problems.add(where(locale, rowNumber, field.name(), e.getMessage()));
                ok = false;
            }
        }
        return ok ? record : null;
    }

    private static void save(Connection connection, Runnable create, Locale locale, int rowNumber, List<String> problems) {
        Savepoint savepoint = savepoint(connection);
        try {
            create.run();
            release(connection, savepoint);
        } catch (ValidationException e) {
            rollback(connection, savepoint);
            for (FieldMessage message : e.messages()) {
                problems.add(where(locale, rowNumber, message.field(), message.message()));
            }
        } catch (AccessDeniedException e) {
            rollback(connection, savepoint);
            problems.add(where(locale, rowNumber, null, e.getMessage()));
        }
    }

    /** Where a problem is, in the user's language: {@code row 3, field price: ...} or {@code الصف 3، الحقل price: ...}. */
    private static String where(Locale locale, int row, String field, String message) {
        if (Refusals.isArabic(locale)) {
            return "الصف " + row + (field == null ? "" : "، الحقل " + field) + ": " + message;
        }
        return "row " + row + (field == null ? "" : ", field " + field) + ": " + message;
    }

    private static Savepoint savepoint(Connection connection) {
        try {
            return connection.setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException("The import could not mark its progress: " + e.getMessage(), e);
        }
    }

    private static void release(Connection connection, Savepoint savepoint) {
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("The import could not continue: " + e.getMessage(), e);
        }
    }

    private static void rollback(Connection connection, Savepoint savepoint) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("The import could not undo a failed row: " + e.getMessage(), e);
        }
    }
}
