package org.daftar.data.record.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.daftar.data.record.value.Column;
import org.daftar.data.record.value.FieldKind;
import org.daftar.data.schema.TableSpecs;
import org.daftar.model.Definitions;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.link.FieldTypes;
import org.daftar.model.link.TypeResolver;

/**
 * The {@link EntityTable} of every entity, built on first use and kept.
 *
 * <pre>{@code
 * EntityTables tables = new EntityTables(definitions, fieldTypes);
 * EntityTable product = tables.get("shop.product");
 * }</pre>
 */
public final class EntityTables {

    private final Definitions definitions;
    private final FieldTypes fieldTypes;
    private final TypeResolver types;
    private final TableSpecs specs;
    private final Map<String, EntityTable> tables = new ConcurrentHashMap<>();

    public EntityTables(Definitions definitions, FieldTypes fieldTypes) {
        this.definitions = definitions;
        this.fieldTypes = fieldTypes;
        this.types = new TypeResolver(definitions, fieldTypes);
        this.specs = new TableSpecs(definitions, fieldTypes);
    }

    public Definitions definitions() {
        return definitions;
    }

    public FieldTypes fieldTypes() {
        return fieldTypes;
    }

    /**
     * The table of the entity named {@code app.entity}.
     *
     * @throws IllegalArgumentException when there is no such entity
     */
    public EntityTable get(String qualifiedId) {
        EntityTable known = tables.get(qualifiedId);
        if (known != null) {
            return known;
        }
        int dot = qualifiedId.indexOf('.');
        EntityDef entity = (dot <= 0 ? java.util.Optional.<EntityDef>empty() : definitions.entity("", qualifiedId)).orElseThrow(() ->
                new IllegalArgumentException("There is no entity '" + qualifiedId + "': name entities as app.entity, e.g. "
                        + example() + "."));
        return of(entity);
    }

    /** The table of {@code entity}. */
    public EntityTable of(EntityDef entity) {
        EntityTable known = tables.get(entity.qualifiedId());
        if (known != null) {
            return known;
        }
        return buildOnce(entity);
    }

    /** Built under a lock: the type resolver and table specs are not thread-safe. */
    private synchronized EntityTable buildOnce(EntityDef entity) {
        EntityTable known = tables.get(entity.qualifiedId());
        if (known != null) {
            return known;
        }
        EntityTable built = build(entity);
        tables.put(entity.qualifiedId(), built);
        return built;
    }

    /** The entity a reference column points to. */
    public EntityTable target(Column reference) {
        if (reference.target() == null) {
            throw new IllegalArgumentException("The field '" + reference.name() + "' is not a reference");
        }
        return get(reference.target());
    }

    private EntityTable build(EntityDef entity) {
        List<Column> columns = new ArrayList<>();
        List<LinesField> lines = new ArrayList<>();
        for (FieldDef field : entity.fields()) {
            FieldKind kind = FieldKind.of(entity, field, types);
            if (kind == FieldKind.LINES) {
                lines.add(new LinesField(field, of(types.target(entity, field).orElseThrow())));
            } else {
                String target = kind == FieldKind.REFERENCE
                        ? types.target(entity, field).map(EntityDef::qualifiedId).orElse(null) : null;
                columns.add(Column.of(field, kind, FieldKind.scaleOf(field), fieldTypes.custom(field.type()).orElse(null), target));
            }
        }
        return new EntityTable(entity, specs.of(entity), columns, lines);
    }

    private String example() {
        return definitions.apps().stream().flatMap(app -> app.entities().stream()).findFirst()
                .map(EntityDef::qualifiedId).orElse("shop.product");
    }
}
