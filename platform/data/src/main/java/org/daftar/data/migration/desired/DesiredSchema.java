package org.daftar.data.migration.desired;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.daftar.data.migration.step.SchemaObject;
import org.daftar.data.schema.TableSpec;
import org.daftar.data.schema.TableSpec.TableRef;
import org.daftar.data.schema.TableSpecs;
import org.daftar.model.Definitions;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.link.FieldTypes;

/**
 * The database the definitions want: each app's tables in the schema named after it, and the
 * definitions behind them, for words ("choice: phone, email") and records of what was made.
 *
 * <pre>{@code
 * DesiredSchema target = DesiredSchema.of(definitions, new FieldTypes(plugins.fieldTypes()));
 * target.tables();                         // one TableSpec per entity
 * target.objectsOf(target.tables().get(0)); // its checks, unique keys, foreign keys and indexes
 * }</pre>
 */
public final class DesiredSchema {

    private final Definitions definitions;
    private final List<TableSpec> tables;

    private DesiredSchema(Definitions definitions, List<TableSpec> tables) {
        this.definitions = definitions;
        this.tables = List.copyOf(tables);
    }

    public static DesiredSchema of(Definitions definitions, FieldTypes fieldTypes) {
        return new DesiredSchema(definitions, new TableSpecs(definitions, fieldTypes).all());
    }

    public Definitions definitions() {
        return definitions;
    }

    /** Every entity's table, in the order {@link TableSpecs#all()} gives. */
    public List<TableSpec> tables() {
        return tables;
    }

    /** The apps that have tables, in order: each needs its schema. */
    public Set<String> appIds() {
        Set<String> apps = new LinkedHashSet<>();
        tables.forEach(table -> apps.add(table.appId()));
        return apps;
    }

    public Optional<TableSpec> table(String appId, String entityId) {
        return tables.stream().filter(t -> t.appId().equals(appId) && t.entityId().equals(entityId)).findFirst();
    }

    /** The table the definitions call {@code ref} (schema and name). */
    public Optional<TableSpec> table(TableRef ref) {
        return tables.stream().filter(t -> t.ref().equals(ref)).findFirst();
    }

    public Optional<EntityDef> entity(String appId, String entityId) {
        return definitions.app(appId).flatMap(app -> app.entity(entityId));
    }

    public Optional<FieldDef> field(String appId, String entityId, String fieldId) {
        return entity(appId, entityId).flatMap(entity -> entity.fields().stream().filter(f -> f.id().equals(fieldId)).findFirst());
    }

    /** The checks, unique keys, foreign keys and indexes {@code table} wants. */
    public List<SchemaObject> objectsOf(TableSpec table) {
        return DesiredObjects.of(table, ref -> table(ref).map(t -> t.appId() + "." + t.entityId()).orElse(ref.toString()));
    }
}
