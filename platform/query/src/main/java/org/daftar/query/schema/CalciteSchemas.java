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
 *   <li>{@link #physical} has every table, with every column (deleted_at included), for the plans
 *       the compiler builds itself: it checks entities and fields against the policy on its own,
 *       and row filters may join tables the user cannot read.
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
        if (onlyVisible) {
            readable.entities().forEach((id, access) -> catalog.entity(id).ifPresent(table ->
                    add(root, table, visibleColumns(table, access), true)));
        } else {
            catalog.entities().values().forEach(table -> add(root, table, table.table().columns(), false));
        }
        return root;
    }

    private static void add(SchemaPlus root, EntityTable table, List<ColumnSpec> columns, boolean visible) {
        SchemaPlus app = root.getSubSchema(table.table().schema()) != null
                ? root.getSubSchema(table.table().schema())
                : root.add(table.table().schema(), new AbstractSchema());
        app.add(table.table().name(), new EntityCalciteTable(columns, visible));
    }
}
