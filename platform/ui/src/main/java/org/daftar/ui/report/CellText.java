package org.daftar.ui.report;

import java.util.List;
import java.util.Map;

/**
 * How a report's values are shown on screen: a choice as its option's label in the user's
 * language ({@code central} as {@code Central} or {@code الوسطى}), an empty value as {@value #EMPTY},
 * numbers in plain notation, dates in ISO 8601. Exports keep the stored values.
 *
 * @param choices per result column, the label of each stored choice value
 */
public record CellText(Map<String, Map<String, String>> choices) {

    /** The text shown for an empty group value. */
    public static final String EMPTY = "—";

    /** Values as they are, without choice labels. */
    public static final CellText PLAIN = new CellText(Map.of());

    public CellText {
        choices = Map.copyOf(choices);
    }

    /** The text of {@code value} in {@code column}, for a grid cell (empty stays empty). */
    public String cell(String column, Object value) {
        if (value == null) {
            return "";
        }
        Map<String, String> labels = choices.get(column);
        if (labels != null && value instanceof List<?> list) {
            return String.join(", ", list.stream().map(item -> labels.getOrDefault(String.valueOf(item), String.valueOf(item))).toList());
        }
        return labels != null ? labels.getOrDefault(value.toString(), value.toString()) : ResultGrid.text(value);
    }

    /** The text of {@code value} in {@code column} as a category (an axis label, a pivot heading). */
    public String category(String column, Object value) {
        return value == null ? EMPTY : cell(column, value);
    }
}
