package org.daftar.data.record.table;

import org.daftar.model.entity.FieldDef;

/** A lines field of an entity and the table of its lines. */
public record LinesField(FieldDef field, EntityTable child) {

    public String name() {
        return field.name();
    }
}
