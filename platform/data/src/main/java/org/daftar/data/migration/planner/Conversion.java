package org.daftar.data.migration.planner;

import java.util.List;
import org.daftar.data.migration.step.Risk;
import org.daftar.data.migration.words.Words;

/**
 * How a column goes from one type to another.
 *
 * @param widening whether every value of the old type fits the new one (a data check may still
 *     apply where that depends on the values, as for integer to a small decimal)
 * @param risk safe, or refused unless forced with the reason
 * @param using the {@code USING} expression with the column written {@code {column}}, or
 *     {@code null} for PostgreSQL's own conversion
 * @param checks what must be true of every value first
 */
record Conversion(boolean widening, Risk risk, String using, List<ValueCheck> checks) {

    Conversion {
        checks = List.copyOf(checks);
    }

    static Conversion widen(String using) {
        return new Conversion(true, Risk.SAFE, using, List.of());
    }

    /** Loses nothing when it succeeds; safe when every value passes {@code checks}. */
    static Conversion checked(boolean widening, String using, ValueCheck... checks) {
        return new Conversion(widening, Risk.SAFE, using, List.of(checks));
    }

    static Conversion narrow(Words reason, String using, ValueCheck... checks) {
        return new Conversion(false, Risk.needsForce(reason), using, List.of(checks));
    }

    /** The {@code USING} expression for {@code column} (quoted or any expression), or the column itself. */
    String valueOf(String column) {
        return using == null ? column : using.replace(Column.PLACEHOLDER, column);
    }
}
