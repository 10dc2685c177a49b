package org.daftar.ui.form.render;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of a {@link LinesEditor}: its values as the record holds them, and the messages of the
 * last save about its cells, by field.
 */
final class Line {

    final Map<String, Object> values;
    final Map<String, String> messages = new LinkedHashMap<>(2);

    Line(Map<String, Object> values) {
        this.values = values;
    }
}
