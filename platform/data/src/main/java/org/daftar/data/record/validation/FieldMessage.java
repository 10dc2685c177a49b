package org.daftar.data.record.validation;

/**
 * What is wrong with a record, where, in the user's language.
 *
 * <pre>{@code
 * new FieldMessage("price", null, "Price must be at least 0.")
 * new FieldMessage("lines.quantity", 1, "Quantity (line 2) must be at least 0.001.")
 * new FieldMessage(null, null, "The rule 'start <= end' is not met.")
 * }</pre>
 *
 * @param field the field's name; for a field of a line, the lines field's name, a dot and the
 *     line's field ({@code lines.quantity}); {@code null} for the record as a whole
 * @param line for a field of a line, the line's index in the list of lines (from 0); else
 *     {@code null}
 * @param message what is wrong and, where it helps, how to put it right
 */
public record FieldMessage(String field, Integer line, String message) {

    @Override
    public String toString() {
        String where = field == null ? "" : line == null ? field + ": " : field.replaceFirst("\\.", "[" + line + "].") + ": ";
        return where + message;
    }
}
