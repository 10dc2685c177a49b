package org.daftar.ui.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.table.LinesField;
import org.daftar.data.record.value.Column;

/**
 * The values a save sends: for a new record every field given, for a saved one only what changed
 * (and the version it is based on); lines without their computed and system values, which the
 * record service gives itself.
 */
final class SaveValues {

    private SaveValues() {}

    /** The value of {@code field} of {@code table} as a save sends it. */
    static Object forSave(EntityTable table, String field, Object value) {
        return table.linesField(field).<Object>map(lines -> lines(lines, value)).orElse(value);
    }

    /** True when a save would not change {@code before} into {@code after}. */
    static boolean same(Object before, Object after) {
        if (isEmpty(before) && isEmpty(after)) {
            return true;
        }
        if (before instanceof Number a && after instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        if (before instanceof List<?> a && after instanceof List<?> b && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (before instanceof Map<?, ?> a && after instanceof Map<?, ?> b) {
            java.util.Set<Object> keys = new java.util.HashSet<>(a.keySet());
            keys.addAll(b.keySet());
            return keys.stream().allMatch(key -> same(a.get(key), b.get(key)));
        }
        return Objects.equals(before, after);
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String text && text.isEmpty()
                || value instanceof Collection<?> items && items.isEmpty();
    }

    private static List<Map<String, Object>> lines(LinesField lines, Object value) {
        List<Map<String, Object>> saved = new ArrayList<>();
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> line) {
                    Map<String, Object> kept = new LinkedHashMap<>();
                    if (line.get("id") != null) {
                        kept.put("id", line.get("id"));
                    }
                    for (Column column : lines.child().columns()) {
                        if (!column.generated() && line.containsKey(column.name())) {
                            kept.put(column.name(), line.get(column.name()));
                        }
                    }
                    saved.add(kept);
                }
            }
        }
        return saved;
    }
}
