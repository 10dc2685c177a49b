package org.daftar.query.schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.daftar.query.model.Filter;

/**
 * What one user may read: a set of entities, for each the readable fields (all when {@code fields}
 * is empty) and a row filter over the entity's own fields. This is the hook where the security
 * policies go into every plan: a query or SQL text that names anything else is refused, and the
 * row filters are added to every scan of the entity.
 *
 * <pre>{@code
 * ReadableSchema clerk = ReadableSchema.builder()
 *         .entity("shop.sales_order", Set.of(), Filter.of("status", Operator.NE, "draft"))
 *         .entity("shop.customer", Set.of("code", "name"), Filter.NONE)
 *         .build();
 * }</pre>
 */
public record ReadableSchema(Map<String, Access> entities) {

    public ReadableSchema {
        entities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entities));
    }

    /** Readable fields ({@code fields} empty: all) and a row filter of one entity. */
    public record Access(Set<String> fields, Filter rows) {
        public Access {
            fields = Set.copyOf(fields);
            rows = rows == null ? Filter.NONE : rows;
        }

        public boolean canRead(String field) {
            return fields.isEmpty() || fields.contains(field) || field.equals("id");
        }
    }

    /** Everything in the catalog, every field, every row: for admins and tests. */
    public static ReadableSchema everything(Catalog catalog) {
        Builder builder = builder();
        catalog.entities().keySet().forEach(id -> builder.entity(id, Set.of(), Filter.NONE));
        return builder.build();
    }

    public Optional<Access> access(String entity) {
        return Optional.ofNullable(entities.get(entity));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects entities one by one. */
    public static final class Builder {
        private final Map<String, Access> entities = new LinkedHashMap<>();

        public Builder entity(String qualifiedId, Set<String> fields, Filter rows) {
            entities.put(qualifiedId, new Access(fields, rows));
            return this;
        }

        public ReadableSchema build() {
            return new ReadableSchema(entities);
        }
    }
}
