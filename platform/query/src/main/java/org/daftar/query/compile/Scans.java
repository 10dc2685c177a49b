package org.daftar.query.compile;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.tools.RelBuilder;
import org.daftar.data.schema.SystemColumns;
import org.daftar.query.QueryException;
import org.daftar.query.model.Filter;
import org.daftar.query.schema.EntityTable;
import org.daftar.query.schema.QueryField;

/**
 * Pushes a scan of an entity's table that only sees what may be seen: rows not soft-deleted, and
 * rows that pass the entity's row filter (over its own fields, readable to the user or not).
 */
public final class Scans {

    private final PathResolver paths;

    Scans(PathResolver paths) {
        this.paths = paths;
    }

    /** Scans over what {@code readable} allows. */
    public static Scans of(org.daftar.query.schema.Catalog catalog, org.daftar.query.schema.ReadableSchema readable) {
        return new Scans(new PathResolver(catalog, readable));
    }

    public void scan(RelBuilder b, EntityTable table) {
        b.scan(table.names());
        List<RexNode> conditions = new ArrayList<>();
        conditions.add(b.isNull(b.field(SystemColumns.DELETED_AT)));
        Filter rows = paths.access(table.qualifiedId()).rows();
        conditions.add(new FilterRex(b, (path, compare) -> {
            if (path.contains(".")) {
                throw new QueryException("A row filter of " + table.qualifiedId() + " may only name its own fields, not '"
                        + path + "'");
            }
            QueryField field = table.field(path).filter(f -> f.column() != null).orElseThrow(() -> new QueryException(
                    "The row filter of " + table.qualifiedId() + " names '" + path + "', which is not one of its fields"));
            return new FilterRex.Operand(b.field(table.table().columns().indexOf(field.column())), field);
        }).toRex(rows));
        b.filter(conditions);
    }
}
