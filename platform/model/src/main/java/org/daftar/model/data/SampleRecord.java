package org.daftar.model.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.daftar.model.SourceRef;

/**
 * One sample record: field names to plain values (texts, numbers as {@link java.math.BigDecimal},
 * booleans, lists, and maps for lines), as written in the file, and where each value was written.
 */
public record SampleRecord(Map<String, Object> values, Map<String, SourceRef> positions, SourceRef at) {

    public SampleRecord {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        positions = Map.copyOf(positions);
    }

    /** Where the value of {@code field} was written, or where the record starts. */
    public SourceRef positionOf(String field) {
        return positions.getOrDefault(field, at);
    }
}
