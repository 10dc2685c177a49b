package org.daftar.bench;

import java.util.Locale;

/** A measured figure, printed as {@code name: value unit}. */
public record Figure(String name, double value, String unit) {

    @Override
    public String toString() {
        String number = value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.2f", value);
        return name + ": " + number + (unit.isEmpty() ? "" : " " + unit);
    }
}
