package org.daftar.query.compile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.tools.RelBuilder;
import org.daftar.data.schema.SystemColumns;
import org.daftar.query.QueryException;
import org.daftar.query.model.Filter;
import org.daftar.query.schema.EntityTable;
import org.daftar.query.schema.QueryField;

/**
 * Pushes a scan of an entity's table that only sees what may be seen: rows not soft-deleted, and
 * rows that pass the entity's row filter. A row filter may read fields the user cannot read and
 * follow references ({@code employee.department = user.department}): the referenced tables are
 * joined for the condition only, and the scan still gives exactly the entity's own columns.
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
        scan(b, table, paths.access(table.qualifiedId()).rows(), List.of());
    }

    /**
     * A scan of the rows of {@code table} that pass {@code rows} and none of {@code excluded} (for
     * which each of those is false or unknown): one branch of a row rule read by {@link OrBranches}.
     */
    void scan(RelBuilder b, EntityTable table, Filter rows, List<Filter> excluded) {
        b.scan(table.names());
        int width = table.table().columns().size();
        Map<String, Integer> offsets = new LinkedHashMap<>();
        offsets.put("", 0);
        int joinedWidth = width;
        for (String key : joinKeys(table, rows)) {
            int dot = key.lastIndexOf('.');
            String parentKey = dot < 0 ? "" : key.substring(0, dot);
            EntityTable parent = tableAt(table, parentKey);
            QueryField link = parent.field(key.substring(dot + 1)).orElseThrow();
            EntityTable target = paths.anyTable(link.target());
            b.scan(target.names());
            b.filter(b.isNull(b.field(SystemColumns.DELETED_AT)));
            int fk = offsets.get(parentKey) + ordinal(parent, link);
            b.join(JoinRelType.LEFT, b.equals(b.field(2, 0, fk), b.field(2, 1, 0)));
            offsets.put(key, joinedWidth);
            joinedWidth += target.table().columns().size();
        }
        List<RexNode> conditions = new ArrayList<>();
        conditions.add(b.isNull(b.field(deletedAt(table))));
        FilterRex rules = new FilterRex(b, (path, compare) -> {
            String key = path.contains(".") ? path.substring(0, path.lastIndexOf('.')) : "";
            EntityTable owner = tableAt(table, key);
            String name = path.substring(path.lastIndexOf('.') + 1);
            QueryField field = owner.field(name).filter(f -> f.column() != null).orElseThrow(() -> new QueryException(
                    "The row filter of " + table.qualifiedId() + " names '" + path + "': " + owner.qualifiedId()
                            + " has no field '" + name + "'"));
            return new FilterRex.Operand(b.field(offsets.get(key) + ordinal(owner, field)), field);
        });
        conditions.add(rules.toRex(rows));
        if (!excluded.isEmpty()) {
            conditions.add(b.call(SqlStdOperatorTable.IS_NOT_TRUE, rules.toRex(new Filter.Any(excluded))));
        }
        b.filter(conditions);
        if (joinedWidth > width) {
            List<RexNode> own = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                own.add(b.field(i));
            }
            b.project(own);
        }
    }

    /** The references a row filter follows, parents first: {@code employee}, {@code employee.department}. */
    private List<String> joinKeys(EntityTable table, Filter rows) {
        List<String> read = new ArrayList<>();
        QueryPaths.filterPaths(rows, read);
        Set<String> keys = new LinkedHashSet<>();
        for (String path : read) {
            String[] parts = path.split("\\.");
            for (int i = 1; i < parts.length; i++) {
                keys.add(String.join(".", java.util.Arrays.copyOf(parts, i)));
            }
        }
        keys.forEach(key -> tableAt(table, key));
        return keys.stream().sorted(Comparator.comparingInt(k -> k.split("\\.").length)).toList();
    }

    /** The entity reached from {@code table} by following the references of {@code key}. */
    private EntityTable tableAt(EntityTable table, String key) {
        EntityTable current = table;
        if (key.isEmpty()) {
            return current;
        }
        for (String segment : key.split("\\.")) {
            EntityTable from = current;
            QueryField field = from.field(segment).orElseThrow(() -> new QueryException("The row filter of "
                    + table.qualifiedId() + " follows '" + segment + "', which " + from.qualifiedId() + " does not have"));
            if (field.kind() != QueryField.Kind.REFERENCE) {
                throw new QueryException("The row filter of " + table.qualifiedId() + " follows '" + segment
                        + "', which is not a reference: only references can be followed with a dot");
            }
            current = paths.anyTable(field.target());
        }
        return current;
    }

    private static int deletedAt(EntityTable table) {
        List<org.daftar.data.schema.ColumnSpec> columns = table.table().columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(SystemColumns.DELETED_AT)) {
                return i;
            }
        }
        throw new IllegalStateException(table.qualifiedId() + " has no " + SystemColumns.DELETED_AT + " column");
    }

    private static int ordinal(EntityTable table, QueryField field) {
        return table.table().columns().indexOf(field.column());
    }
}
