package org.daftar.query.schema;

import java.util.List;
import java.util.Map;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.daftar.data.schema.ColumnSpec;

/**
 * Calcite schemas holding only what a {@link ReadableSchema} allows: a schema per app, a table per
 * readable entity.
 *
 * <ul>
 *   <li>{@link #physical} has every column of each readable table (deleted_at included), for the
 *       plans the compiler builds itself; it checks fields against the policy on its own.
 *   <li>{@link #visible} has only the readable columns: what SQL mode validates user text against.
 * </ul>
 */
public final class CalciteSchemas {

    private CalciteSchemas() {}

    public static SchemaPlus physical(Catalog catalog, ReadableSchema readable) {
        return build(catalog, readable, false);
    }

    public static SchemaPlus visible(Catalog catalog, ReadableSchema readable) {
        return build(catalog, readable, true);
    }

    /** The readable columns of a table, in table order. */
    public static List<ColumnSpec> visibleColumns(EntityTable table, ReadableSchema.Access access) {
        return table.fields().values().stream()
                .filter(f -> f.column() != null && access.canRead(f.name()))
                .map(QueryField::column)
                .toList();
    }

    /** True for a table of a {@link #visible} schema (what SQL text names), false for a physical one. */
    public static boolean isVisible(org.apache.calcite.plan.RelOptTable table) {
        EntityCalciteTable entity = table.unwrap(EntityCalciteTable.class);
        return entity != null && entity.visible;
    }

    private static SchemaPlus build(Catalog catalog, ReadableSchema readable, boolean onlyVisible) {
        SchemaPlus root = CalciteSchema.createRootSchema(false, false).plus();
        for (Map.Entry<String, ReadableSchema.Access> entry : readable.entities().entrySet()) {
            catalog.entity(entry.getKey()).ifPresent(table -> {
                SchemaPlus app = root.getSubSchema(table.table().schema()) != null
                        ? root.getSubSchema(table.table().schema())
                        : root.add(table.table().schema(), new AbstractSchema());
                List<ColumnSpec> columns = onlyVisible ? visibleColumns(table, entry.getValue()) : table.table().columns();
                app.add(table.table().name(), new EntityCalciteTable(columns, onlyVisible));
            });
        }
        return root;
    }
}
