package org.daftar.data.record.draft;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A line being saved with its parent.
 *
 * @param id the line's id when it exists already, else {@code null} (a new line)
 * @param values its field values, by field name, of their Java types
 * @param raw keys given that are no field of the line's entity, or whose value has the wrong shape,
 *     kept as given for the record schema to refuse
 */
public record LineDraft(Long id, Map<String, Object> values, Map<String, Object> raw) {

    public static LineDraft of(Long id) {
        return new LineDraft(id, new LinkedHashMap<>(), new LinkedHashMap<>());
    }
}
