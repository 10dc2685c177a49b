package org.daftar.model.entity;

import java.util.Optional;
import org.daftar.model.LocalizedText;
import org.daftar.model.SourceRef;

/**
 * A field of an entity.
 *
 * @param id the stable id: never changes, so that a rename keeps the data
 * @param name what forms, lists, reports and expressions call it, and the column name
 * @param type a built-in type name ({@link FieldType}) or one a plugin adds
 * @param defaultValue a literal of the field's type, or {@code null}
 */
public record FieldDef(
        String id,
        String name,
        String type,
        LocalizedText label,
        LocalizedText help,
        boolean required,
        boolean unique,
        boolean readOnly,
        Object defaultValue,
        FieldSettings settings,
        SourceRef at) {

    public Optional<FieldType> builtInType() {
        return FieldType.named(type);
    }

    public boolean is(FieldType builtIn) {
        return builtIn.typeName().equals(type);
    }

    /** True when Daftar gives the value (auto-number, computed), so users and imports don't. */
    public boolean isGenerated() {
        return builtInType().map(FieldType::isGenerated).orElse(false);
    }

    /** The label, or the name with {@code _} turned into spaces when no label is given. */
    public LocalizedText labelOrName() {
        return label != null ? label : LocalizedText.of(name.replace('_', ' '));
    }
}
