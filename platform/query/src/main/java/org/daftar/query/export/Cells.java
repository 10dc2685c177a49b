package org.daftar.query.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** How a value is written as text: numbers in plain notation, dates and times in ISO 8601, lists joined by ", ". */
final class Cells {

    private Cells() {}

    static String text(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal d -> d.toPlainString();
            case List<?> list -> list.stream().map(Cells::text).collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }
}
