package org.daftar.model.expression;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the text of {@code date('YYYY-MM-DD')}. */
final class Dates {

    private Dates() {}

    static LocalDate parse(String text, int offset) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ExpressionException("Invalid date '" + text
                    + "': write dates as date('YYYY-MM-DD'), e.g. date('2026-01-31')", offset);
        }
    }
}
