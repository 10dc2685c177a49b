package org.daftar.model.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.daftar.model.SourceRef;

/** Reports ids (or names) given twice in one list of definitions. */
final class Duplicates {

    private Duplicates() {}

    static <T> void check(List<T> items, Function<T, String> key, Function<T, SourceRef> at, String what, Problems problems) {
        Map<String, T> seen = new HashMap<>();
        for (T item : items) {
            String value = key.apply(item);
            if (value == null) {
                continue;
            }
            T first = seen.putIfAbsent(value, item);
            if (first != null) {
                problems.add(at.apply(item), "$", "Duplicate " + what + " '" + value + "': it is already used at "
                        + at.apply(first) + ". Each " + what + " must be unique.");
            }
        }
    }
}
