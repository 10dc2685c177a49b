package org.daftar.model.form;

import java.util.List;
import org.daftar.model.LocalizedText;
import org.daftar.model.SourceRef;

/** A section of a form; {@code columns} is {@code null} when the form's default applies. */
public record SectionDef(String id, LocalizedText label, Integer columns, List<FormFieldDef> fields, SourceRef at) {

    public SectionDef {
        fields = List.copyOf(fields);
    }
}
