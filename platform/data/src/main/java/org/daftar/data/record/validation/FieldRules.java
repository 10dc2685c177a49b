package org.daftar.data.record.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.daftar.data.record.draft.Draft;
import org.daftar.data.record.draft.LineDraft;
import org.daftar.data.record.message.Message;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.table.LinesField;
import org.daftar.data.record.value.Column;
import org.daftar.model.LocalizedText;
import org.daftar.model.entity.FieldType;

/**
 * The rules of single fields that the record schema cannot state: a plugin type's own check of a
 * value ({@code problems(value)}, e.g. an IBAN's check digits), a date field's {@code min} and
 * {@code max}, an attachment's {@code maxSize} and {@code accept}. Run once the values have passed
 * the schema.
 */
public final class FieldRules {

    public void check(Draft draft, Problems problems) {
        checkValues(draft.table(), draft.values(), null, null, problems);
        for (LinesField field : draft.table().lines()) {
            List<LineDraft> lines = draft.lines().getOrDefault(field.name(), List.of());
            for (int i = 0; i < lines.size(); i++) {
                checkValues(field.child(), lines.get(i).values(), field.name(), i, problems);
            }
        }
    }

    private void checkValues(EntityTable table, Map<String, Object> values, String linesField, Integer line, Problems problems) {
        for (Column column : table.columns()) {
            Object value = values.get(column.name());
            if (value == null || column.generated()) {
                continue;
            }
            if (column.customType() != null) {
                for (LocalizedText problem : column.customType().problems(value)) {
                    problems.add(column.field(), linesField, line, Message.FIELD_PROBLEM, "problem", problem.in(problems.locale()));
                }
            } else if (column.is(FieldType.DATE) && value instanceof LocalDate date) {
                checkDate(column, date, linesField, line, problems);
            } else if (column.is(FieldType.ATTACHMENT)) {
                Attachments.check(column, value, linesField, line, problems);
            }
        }
    }

    private static void checkDate(Column column, LocalDate date, String linesField, Integer line, Problems problems) {
        LocalDate min = date(column.field().settings().min());
        LocalDate max = date(column.field().settings().max());
        if (min != null && date.isBefore(min)) {
            problems.add(column.field(), linesField, line, Message.DATE_BEFORE_MIN, "min", min.toString());
        } else if (max != null && date.isAfter(max)) {
            problems.add(column.field(), linesField, line, Message.DATE_AFTER_MAX, "max", max.toString());
        }
    }

    private static LocalDate date(Object bound) {
        if (bound instanceof String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return null; // the linker refuses such a bound
            }
        }
        return null;
    }
}
