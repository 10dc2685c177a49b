package org.daftar.data.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.daftar.model.Definitions;
import org.daftar.model.app.App;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.model.link.FieldTypes;
import org.daftar.model.link.TypeResolver;
import org.daftar.model.list.ListDef;
import org.daftar.model.list.SortKey;

/**
 * The tables that definitions call for: one per entity, in the schema of its app, with typed
 * columns, NOT NULL for required fields, CHECKs for choices and bounds, unique keys (natural key,
 * unique fields, auto-numbers) among records not deleted, foreign keys for references and lines,
 * and indexes on references, on default sort columns, and for the roles' row rules
 * ({@link RowRuleIndexes}).
 *
 * <pre>{@code
 * List<TableSpec> tables = new TableSpecs(definitions, fieldTypes).all();
 * }</pre>
 */
public final class TableSpecs {

    private final Definitions definitions;
    private final TypeResolver types;
    private final ColumnTypes columnTypes;
    private final Map<String, EntityDef> parents = new LinkedHashMap<>();

    public TableSpecs(Definitions definitions, FieldTypes fieldTypes) {
        this.definitions = definitions;
        this.types = new TypeResolver(definitions, fieldTypes);
        this.columnTypes = new ColumnTypes(types);
        for (App app : definitions.apps()) {
            for (EntityDef entity : app.entities()) {
                for (FieldDef field : entity.fields()) {
                    if (field.is(FieldType.LINES)) {
                        types.target(entity, field).ifPresent(child -> parents.put(child.qualifiedId(), entity));
                    }
                }
            }
        }
    }

    /** Every table, parents before their lines and referenced tables before referencing ones where possible. */
    public List<TableSpec> all() {
        List<TableSpec> tables = new ArrayList<>();
        for (App app : definitions.apps()) {
            for (EntityDef entity : app.entities()) {
                tables.add(of(entity));
            }
        }
        return tables;
    }

    /** The parent entity of a lines entity, if it is one. */
    public Optional<EntityDef> parentOf(EntityDef entity) {
        return Optional.ofNullable(parents.get(entity.qualifiedId()));
    }

    public TableSpec of(EntityDef entity) {
        Optional<EntityDef> parent = parentOf(entity);
        List<ColumnSpec> columns = new ArrayList<>(SystemColumns.of(parent.isPresent()));
        for (FieldDef field : entity.fields()) {
            columnTypes.columnOf(entity, field).ifPresent(columns::add);
        }
        String table = entity.name();
        List<TableSpec.ForeignKey> foreignKeys = new ArrayList<>();
        List<TableSpec.Index> indexes = new ArrayList<>();
        parent.ifPresent(p -> {
            foreignKeys.add(new TableSpec.ForeignKey(Sql.constraintName(table, SystemColumns.PARENT_ID, "fkey"),
                    SystemColumns.PARENT_ID, refOf(p), true));
            indexes.add(new TableSpec.Index(Sql.constraintName(table, SystemColumns.PARENT_ID, "idx"),
                    List.of(SystemColumns.PARENT_ID, SystemColumns.LINE_NO)));
        });
        for (FieldDef field : entity.fields()) {
            if (field.is(FieldType.REFERENCE)) {
                types.target(entity, field).ifPresent(target -> {
                    foreignKeys.add(new TableSpec.ForeignKey(Sql.constraintName(table, field.name(), "fkey"), field.name(),
                            refOf(target), false));
                    indexes.add(new TableSpec.Index(Sql.constraintName(table, field.name(), "idx"), List.of(field.name())));
                });
            }
        }
        Map<String, SortKey.Direction> sortKeys = sortKeys(entity);
        sortKeys.keySet().forEach(column -> {
            boolean indexed = indexes.stream().anyMatch(index -> index.columns().getFirst().equals(column));
            if (!indexed) {
                indexes.add(new TableSpec.Index(Sql.constraintName(table, column, "sort", "idx"), List.of(column)));
            }
        });
        indexes.addAll(RowRuleIndexes.of(definitions, entity, columns, sortKeys));
        return new TableSpec(entity.appId(), entity.id(), entity.appId(), table, columns, parent.map(this::refOf).orElse(null),
                uniqueKeys(entity), foreignKeys, indexes);
    }

    private TableSpec.TableRef refOf(EntityDef entity) {
        return new TableSpec.TableRef(entity.appId(), entity.name());
    }

    private static List<TableSpec.UniqueKey> uniqueKeys(EntityDef entity) {
        Set<List<String>> keys = new LinkedHashSet<>();
        if (!entity.naturalKey().isEmpty()) {
            keys.add(entity.naturalKey());
        }
        keys.addAll(entity.unique());
        for (FieldDef field : entity.fields()) {
            if (field.unique() || field.is(FieldType.AUTO_NUMBER)) {
                keys.add(List.of(field.name()));
            }
        }
        return keys.stream()
                .map(columns -> new TableSpec.UniqueKey(
                        Sql.constraintName(entity.name(), String.join("_", columns), "key"), columns))
                .toList();
    }

    /**
     * The first sort key of each list of the entity, by column: what lists open sorted by. A column
     * that lists sort both ways keeps the first list's direction.
     */
    private Map<String, SortKey.Direction> sortKeys(EntityDef entity) {
        Map<String, SortKey.Direction> keys = new LinkedHashMap<>();
        definitions.app(entity.appId()).ifPresent(app -> {
            for (ListDef list : app.lists()) {
                if (list.entity().equals(entity.id()) && !list.sort().isEmpty()) {
                    SortKey first = list.sort().getFirst();
                    String path = first.field().path();
                    if (!path.contains(".") && entity.field(path).filter(f -> !f.is(FieldType.LINES)).isPresent()) {
                        keys.putIfAbsent(path, first.direction() == null ? SortKey.Direction.ASC : first.direction());
                    }
                }
            }
        });
        return keys;
    }
}
