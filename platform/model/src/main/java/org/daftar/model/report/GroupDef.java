package org.daftar.model.report;

import org.daftar.model.FieldRef;
import org.daftar.model.LocalizedText;

/**
 * A grouping key: a field (or path), cut into date buckets when {@code bucket} is given, and
 * named {@code as} in the result.
 */
public record GroupDef(FieldRef field, Bucket bucket, String as, LocalizedText label) {

    /** How dates are grouped. */
    public enum Bucket {
        DAY,
        WEEK,
        MONTH,
        QUARTER,
        YEAR
    }
}
