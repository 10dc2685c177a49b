package org.daftar.data.migration.live;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.daftar.data.schema.TableSpec.TableRef;

/**
 * Reads the {@link LiveSchema}: Daftar's {@code daftar_schema_*} tables, then PostgreSQL's catalog
 * for the schemas of the apps asked about and of every app recorded there.
 *
 * <pre>{@code
 * LiveSchema live = new LiveSchemaReader(connection).read(List.of("shop"));
 * live.table("shop", "product").map(CatalogTable::columns);
 * }</pre>
 */
public final class LiveSchemaReader {

    private final Connection connection;

    public LiveSchemaReader(Connection connection) {
        this.connection = connection;
    }

    /** The live state of the schemas of {@code appIds} and of every app Daftar recorded. */
    public LiveSchema read(Collection<String> appIds) throws SQLException {
        boolean metadata = hasMetadata();
        List<LiveEntity> entities = metadata ? entities() : List.of();
        List<LiveField> fields = metadata ? fields() : List.of();
        List<LiveObject> objects = metadata ? objects() : List.of();
        Set<String> schemas = new TreeSet<>(appIds);
        if (metadata) {
            schemas.addAll(strings("select app_id from daftar_schema_app"));
        }
        String[] names = schemas.toArray(String[]::new);
        return new LiveSchema(metadata, existingSchemas(names), tables(names), entities, fields, objects);
    }

    private boolean hasMetadata() throws SQLException {
        return !strings("select 1 where to_regclass('public.daftar_schema_object') is not null").isEmpty();
    }

    private List<LiveEntity> entities() throws SQLException {
        List<LiveEntity> entities = new ArrayList<>();
        query("select app_id, entity_id, table_name, archived_at is not null from daftar_schema_entity order by app_id, entity_id",
                new Object[0],
                row -> entities.add(new LiveEntity(row.getString(1), row.getString(2), row.getString(3), row.getBoolean(4))));
        return entities;
    }

    private List<LiveField> fields() throws SQLException {
        List<LiveField> fields = new ArrayList<>();
        query("select app_id, entity_id, field_id, column_name, field_type, sql_type, required, options, archived_at is not null "
                        + "from daftar_schema_field order by app_id, entity_id, field_id",
                new Object[0], row -> fields.add(new LiveField(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getBoolean(7), textArray(row.getArray(8)), row.getBoolean(9))));
        return fields;
    }

    private List<LiveObject> objects() throws SQLException {
        List<LiveObject> objects = new ArrayList<>();
        query("select app_id, entity_id, object_name, kind, object_key, field_ids from daftar_schema_object "
                        + "order by app_id, entity_id, object_name",
                new Object[0], row -> objects.add(new LiveObject(row.getString(1), row.getString(2), row.getString(3),
                        ObjectKind.ofCode(row.getString(4)), row.getString(5), new LinkedHashSet<>(textArray(row.getArray(6))))));
        return objects;
    }

    private Set<String> existingSchemas(String[] names) throws SQLException {
        Set<String> schemas = new HashSet<>();
        query("select nspname from pg_namespace where nspname = any(?)", new Object[] {names}, row -> schemas.add(row.getString(1)));
        return schemas;
    }

    private Map<TableRef, CatalogTable> tables(String[] schemas) throws SQLException {
        Map<TableRef, Map<String, CatalogColumn>> columns = new LinkedHashMap<>();
        query("""
                select n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                left join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                where c.relkind in ('r', 'p') and n.nspname = any(?)
                order by n.nspname, c.relname, a.attnum""", new Object[] {schemas}, row -> {
                    Map<String, CatalogColumn> table = columns.computeIfAbsent(
                            new TableRef(row.getString(1), row.getString(2)), ref -> new LinkedHashMap<>());
                    if (row.getString(3) != null) {
                        table.put(row.getString(3),
                                new CatalogColumn(row.getString(3), ColumnType.parse(row.getString(4)), row.getBoolean(5)));
                    }
                });
        Map<TableRef, Set<String>> objects = new HashMap<>();
        query("""
                select n.nspname, t.relname, i.relname
                from pg_index x
                join pg_class i on i.oid = x.indexrelid
                join pg_class t on t.oid = x.indrelid
                join pg_namespace n on n.oid = t.relnamespace
                where n.nspname = any(?)
                union all
                select n.nspname, t.relname, con.conname
                from pg_constraint con
                join pg_class t on t.oid = con.conrelid
                join pg_namespace n on n.oid = t.relnamespace
                where n.nspname = any(?)""", new Object[] {schemas, schemas},
                row -> objects.computeIfAbsent(new TableRef(row.getString(1), row.getString(2)), ref -> new HashSet<>())
                        .add(row.getString(3)));
        Map<TableRef, CatalogTable> tables = new LinkedHashMap<>();
        columns.forEach((ref, cols) -> tables.put(ref,
                new CatalogTable(ref.schema(), ref.name(), cols, objects.getOrDefault(ref, Set.of()))));
        return tables;
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        query(sql, new Object[0], row -> values.add(row.getString(1)));
        return values;
    }

    private void query(String sql, Object[] parameters, RowHandler handler) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i] instanceof String[] texts) {
                    statement.setArray(i + 1, connection.createArrayOf("text", texts));
                } else {
                    statement.setObject(i + 1, parameters[i]);
                }
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    handler.row(rows);
                }
            }
        }
    }

    private static List<String> textArray(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    @FunctionalInterface
    private interface RowHandler {
        void row(ResultSet row) throws SQLException;
    }
}
