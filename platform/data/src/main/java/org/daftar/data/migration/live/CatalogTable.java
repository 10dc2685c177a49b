package org.daftar.data.migration.live;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.daftar.data.schema.TableSpec.TableRef;

/**
 * A table as PostgreSQL's catalog has it: its columns in order, and the names of its indexes and
 * constraints (whatever made them).
 */
public record CatalogTable(String schema, String name, Map<String, CatalogColumn> columns, Set<String> objects) {

    public CatalogTable {
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        objects = Set.copyOf(objects);
    }

    public TableRef ref() {
        return new TableRef(schema, name);
    }

    public Optional<CatalogColumn> column(String column) {
        return Optional.ofNullable(columns.get(column));
    }

    public boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    public boolean hasObject(String object) {
        return objects.contains(object);
    }
}
