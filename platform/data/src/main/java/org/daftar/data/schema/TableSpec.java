package org.daftar.data.schema;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The table of one entity, as the definitions want it.
 *
 * @param schema the app's schema
 * @param name the entity's name
 * @param linesOf for a lines table, the parent's table ({@code schema.name}); else {@code null}
 * @param uniqueKeys unique keys over the records that are not deleted
 * @param foreignKeys references to other tables, and a lines table's parent
 * @param indexes further indexes: reference columns and default sort columns
 */
public record TableSpec(
        String appId,
        String entityId,
        String schema,
        String name,
        List<ColumnSpec> columns,
        TableRef linesOf,
        List<UniqueKey> uniqueKeys,
        List<ForeignKey> foreignKeys,
        List<Index> indexes) {

    public TableSpec {
        columns = List.copyOf(columns);
        uniqueKeys = List.copyOf(uniqueKeys);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
    }

    public TableRef ref() {
        return new TableRef(schema, name);
    }

    /** {@code "schema"."name"}. */
    public String qualifiedName() {
        return Sql.qualified(schema, name);
    }

    public Optional<ColumnSpec> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<ColumnSpec> columnOfField(String fieldId) {
        return columns.stream().filter(c -> fieldId.equals(c.fieldId())).findFirst();
    }

    /** A table by schema and name. */
    public record TableRef(String schema, String name) {
        public String qualifiedName() {
            return Sql.qualified(schema, name);
        }

        @Override
        public String toString() {
            return schema + "." + name;
        }
    }

    /** Unique over {@code columns} among records not deleted (a partial unique index). */
    public record UniqueKey(String name, List<String> columns) {
        public UniqueKey {
            columns = List.copyOf(columns);
        }
    }

    /** {@code column} references {@code target(id)}; lines are deleted with their parent. */
    public record ForeignKey(String name, String column, TableRef target, boolean cascade) {}

    /**
     * A plain index over {@code columns}.
     *
     * @param descending the columns, among {@code columns}, kept in descending order
     * @param purpose why the index is there beyond its columns, for people
     *     ({@code for the row rule of role shop.clerk}); {@code null} when its columns say it
     */
    public record Index(String name, List<String> columns, Set<String> descending, String purpose) {
        public Index {
            columns = List.copyOf(columns);
            descending = Set.copyOf(descending);
        }

        /** An index over {@code columns}, all ascending. */
        public Index(String name, List<String> columns) {
            this(name, columns, Set.of(), null);
        }

        /** The columns as SQL writes them in the index: {@code owner, day desc, id}, unquoted. */
        public List<String> columnsWithOrder() {
            return columns.stream().map(c -> descending.contains(c) ? c + " desc" : c).toList();
        }
    }
}
