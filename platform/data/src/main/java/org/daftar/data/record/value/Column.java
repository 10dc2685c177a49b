package org.daftar.data.record.value;

import org.daftar.model.entity.CustomFieldType;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;

/**
 * A field of an entity as the record service stores it: the field, its column (its name), what
 * kind of value it holds and, for decimals, the scale they are stored with.
 *
 * @param scale the number of decimals stored, or {@code null} when not fixed (or not a decimal)
 * @param customType the plugin type of the field, or {@code null} for a built-in type
 * @param target for a reference, the entity it points to ({@code app.entity}); else {@code null}
 * @param type the field's built-in type, or {@code null} for a plugin type
 * @param generated true for the fields whose value Daftar gives (auto-number, computed)
 */
public record Column(FieldDef field, FieldKind kind, Integer scale, CustomFieldType customType, String target, FieldType type,
        boolean generated) {

    /** The column of {@code field}; its built-in type and whether Daftar gives its value are worked out once. */
    public static Column of(FieldDef field, FieldKind kind, Integer scale, CustomFieldType customType, String target) {
        return new Column(field, kind, scale, customType, target, field.builtInType().orElse(null), field.isGenerated());
    }

    /** The field's name: the key in record maps and the column name. */
    public String name() {
        return field.name();
    }

    /** True when the field has the built-in type {@code builtIn}. */
    public boolean is(FieldType builtIn) {
        return type == builtIn;
    }
}
