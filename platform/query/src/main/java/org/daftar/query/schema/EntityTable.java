package org.daftar.query.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daftar.data.schema.TableSpec;

/** An entity's table and its fields by name, system columns included (not deleted_at/deleted_by). */
public record EntityTable(String qualifiedId, TableSpec table, Map<String, QueryField> fields) {

    public EntityTable {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public Optional<QueryField> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The schema and table name, as Calcite names it. */
    public List<String> names() {
        return List.of(table.schema(), table.name());
    }
}
