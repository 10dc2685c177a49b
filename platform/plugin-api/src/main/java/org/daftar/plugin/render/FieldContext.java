package org.daftar.plugin.render;

import java.util.Locale;
import java.util.Objects;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;

/**
 * What a renderer knows about the field it is asked to show: testers rank it, renderers build
 * their component from it.
 *
 * @param field the field, as the entity defines it
 * @param entity the entity the field belongs to
 * @param locale the user's locale: its language picks labels and messages, and Arabic means a
 *     right-to-left screen
 * @param readOnly true when the user may only see the value: the field is read-only, generated,
 *     or the user may not change it
 */
public record FieldContext(FieldDef field, EntityDef entity, Locale locale, boolean readOnly) {

    public FieldContext {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(locale, "locale");
    }

    /** The field's type name, built-in ({@code date}) or added by a plugin ({@code iban}). */
    public String type() {
        return field.type();
    }

    /** The field's label in the user's language. */
    public String label() {
        return field.labelOrName().in(locale);
    }

    /** The field's help text in the user's language, or {@code null} when it has none. */
    public String help() {
        return field.help() != null ? field.help().in(locale) : null;
    }
}
