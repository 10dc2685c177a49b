package org.daftar.data.migration.live;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.daftar.data.schema.TableSpec.TableRef;

/**
 * The live database, as far as the definitions' tables go: what Daftar recorded of them (entities,
 * fields and objects by stable id, archived ones included) and what the catalog says is there.
 *
 * @param metadata whether the {@code daftar_schema_*} tables exist (they come with the platform's
 *     Flyway migrations; a database they were not run on has none)
 * @param schemas the schemas that exist among those of the apps asked about and recorded
 * @param tables the tables of those schemas
 */
public record LiveSchema(
        boolean metadata,
        Set<String> schemas,
        Map<TableRef, CatalogTable> tables,
        List<LiveEntity> entities,
        List<LiveField> fields,
        List<LiveObject> objects) {

    public LiveSchema {
        schemas = Set.copyOf(schemas);
        tables = Map.copyOf(tables);
        entities = List.copyOf(entities);
        fields = List.copyOf(fields);
        objects = List.copyOf(objects);
    }

    /** A database with nothing in it. */
    public static LiveSchema empty() {
        return new LiveSchema(false, Set.of(), Map.of(), List.of(), List.of(), List.of());
    }

    public boolean hasSchema(String schema) {
        return schemas.contains(schema);
    }

    public Optional<CatalogTable> table(String schema, String name) {
        return Optional.ofNullable(tables.get(new TableRef(schema, name)));
    }

    public Optional<LiveEntity> entity(String appId, String entityId) {
        return entities.stream().filter(e -> e.appId().equals(appId) && e.entityId().equals(entityId)).findFirst();
    }

    /** The recorded fields of an entity, archived ones included. */
    public List<LiveField> fieldsOf(String appId, String entityId) {
        return fields.stream().filter(f -> f.appId().equals(appId) && f.entityId().equals(entityId)).toList();
    }

    /** The recorded indexes and constraints of an entity's table. */
    public List<LiveObject> objectsOf(String appId, String entityId) {
        return objects.stream().filter(o -> o.appId().equals(appId) && o.entityId().equals(entityId)).toList();
    }
}
