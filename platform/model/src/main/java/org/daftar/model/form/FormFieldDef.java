package org.daftar.model.form;

import java.util.List;
import org.daftar.model.ExpressionText;
import org.daftar.model.LocalizedText;
import org.daftar.model.SourceRef;

/**
 * A field placed on a form, with what the form adds to the entity's field.
 *
 * @param field the entity field's name
 * @param defaultValue a literal, or an {@link #defaultExpression() expression} written {@code "=..."}
 * @param visibleWhen shown only while this is true ({@code null}: always)
 * @param requiredWhen required while this is true, besides the field's own {@code required}
 * @param readOnlyWhen read-only while this is true
 * @param columns for a lines field: the columns of its sub-grid
 */
public record FormFieldDef(
        String field,
        LocalizedText help,
        Object defaultValue,
        ExpressionText visibleWhen,
        ExpressionText requiredWhen,
        ExpressionText readOnlyWhen,
        Integer colspan,
        List<String> columns,
        SourceRef at) {

    public FormFieldDef {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public static FormFieldDef plain(String field, SourceRef at) {
        return new FormFieldDef(field, null, null, null, null, null, null, List.of(), at);
    }

    /** The default's expression when it is written {@code "=expression"}, else {@code null}. */
    public String defaultExpression() {
        return defaultValue instanceof String text && text.startsWith("=") ? text.substring(1) : null;
    }
}
