package org.daftar.security.access;

import java.util.Optional;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;

/**
 * Which field a CSV column holds: the column's header is the field's name or one of its labels (in
 * any language), compared without case and surrounding spaces. The import and the screens that
 * preview a file share this rule, so a preview matches the columns exactly as the import will.
 */
public final class CsvColumns {

    private CsvColumns() {}

    /** The field of {@code entity} that the column headed {@code header} holds, if any. */
    public static Optional<FieldDef> field(EntityDef entity, String header) {
        String wanted = header.strip();
        return entity.fields().stream().filter(field -> matches(field, wanted)).findFirst();
    }

    private static boolean matches(FieldDef field, String wanted) {
        return field.name().equalsIgnoreCase(wanted)
                || field.labelOrName().texts().values().stream().anyMatch(label -> label.strip().equalsIgnoreCase(wanted));
    }
}
