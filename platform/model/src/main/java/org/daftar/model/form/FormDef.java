package org.daftar.model.form;

import java.util.List;
import java.util.stream.Stream;
import org.daftar.model.LocalizedText;
import org.daftar.model.SourceRef;

/** A form of an entity, made of sections; {@code columns} is the default of its sections (1-4). */
public record FormDef(
        String appId, String id, String entity, LocalizedText label, int columns, List<SectionDef> sections,
        SourceRef at) {

    public FormDef {
        sections = List.copyOf(sections);
    }

    /** Every field of every section, in order. */
    public Stream<FormFieldDef> fields() {
        return sections.stream().flatMap(section -> section.fields().stream());
    }
}
