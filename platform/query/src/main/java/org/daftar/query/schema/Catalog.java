package org.daftar.query.schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.daftar.data.schema.ColumnSpec;
import org.daftar.data.schema.SystemColumns;
import org.daftar.data.schema.TableSpec;
import org.daftar.data.schema.TableSpecs;
import org.daftar.model.Definitions;
import org.daftar.model.app.App;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.model.link.FieldTypes;
import org.daftar.model.link.TypeResolver;

/**
 * Every entity table that definitions call for, with its fields as queries see them.
 *
 * <pre>{@code
 * Catalog catalog = new Catalog(definitions, fieldTypes);
 * EntityTable orders = catalog.entity("shop.sales_order").orElseThrow();
 * }</pre>
 */
public final class Catalog {

    /** Never readable: soft deletion is the engine's business. */
    static final Set<String> HIDDEN = Set.of(SystemColumns.DELETED_AT, SystemColumns.DELETED_BY);

    private final Map<String, EntityTable> entities = new LinkedHashMap<>();
    private final Map<String, String> displayTemplates = new LinkedHashMap<>();

    public Catalog(Definitions definitions, FieldTypes fieldTypes) {
        TableSpecs specs = new TableSpecs(definitions, fieldTypes);
        TypeResolver types = new TypeResolver(definitions, fieldTypes);
        for (App app : definitions.apps()) {
            for (EntityDef entity : app.entities()) {
                entities.put(entity.qualifiedId(), table(entity, specs.of(entity), types));
                displayTemplate(entity).ifPresent(template -> displayTemplates.put(entity.qualifiedId(), template));
            }
        }
    }

    public Optional<EntityTable> entity(String qualifiedId) {
        return Optional.ofNullable(entities.get(qualifiedId));
    }

    /**
     * How a record of the entity is shown to people, as {@code {field}} placeholders and text: its
     * {@code displayName}, else its natural key's fields; empty when it has neither.
     */
    public Optional<String> displayTemplate(String qualifiedId) {
        return Optional.ofNullable(displayTemplates.get(qualifiedId));
    }

    private static Optional<String> displayTemplate(EntityDef entity) {
        if (entity.displayName() != null) {
            return Optional.of(entity.displayName());
        }
        if (!entity.naturalKey().isEmpty()) {
            return Optional.of(String.join(" ", entity.naturalKey().stream().map(name -> "{" + name + "}").toList()));
        }
        return Optional.empty();
    }

    public Map<String, EntityTable> entities() {
        return java.util.Collections.unmodifiableMap(entities);
    }

    private static EntityTable table(EntityDef entity, TableSpec spec, TypeResolver types) {
        Map<String, QueryField> fields = new LinkedHashMap<>();
        for (ColumnSpec column : spec.columns()) {
            if (column.isSystem() && !HIDDEN.contains(column.name())) {
                fields.put(column.name(), new QueryField(column.name(), QueryField.Kind.VALUE, column, null));
            }
        }
        for (FieldDef field : entity.fields()) {
            String target = types.target(entity, field).map(EntityDef::qualifiedId).orElse(null);
            if (field.is(FieldType.LINES)) {
                fields.put(field.name(), new QueryField(field.name(), QueryField.Kind.LINES, null, target));
            } else {
                spec.column(field.name()).ifPresent(column -> fields.put(field.name(), new QueryField(field.name(),
                        field.is(FieldType.REFERENCE) ? QueryField.Kind.REFERENCE : QueryField.Kind.VALUE, column, target)));
            }
        }
        return new EntityTable(entity.qualifiedId(), spec, fields);
    }
}
