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
import org.apache.calcite.tools.RelBuilder;
import org.daftar.data.schema.SystemColumns;
import org.daftar.query.QueryException;
import org.daftar.query.model.Filter;
import org.daftar.query.model.Measure;
import org.daftar.query.schema.EntityTable;
import org.daftar.query.schema.QueryField;

/**
 * The source's rows joined with what the query's paths need, on the builder's stack: a left join
 * per reference followed ({@code customer.region} joins the customer), a left join with the lines
 * when a list shows a lines field (one row per line), and a left join with the lines aggregated per
 * record for measures over lines (so that they do not multiply the record's own measures).
 * Computed columns are added on top. Knows where each path's column is.
 */
final class JoinedRow {

    private final RelBuilder b;
    private final PathResolver paths;
    private final Scans scans;
    private final EntityTable source;
    private final Filter sourceRows;
    private final List<Filter> excluded;
    private final Map<String, Integer> offsets = new LinkedHashMap<>();
    private final Map<String, Integer> computed = new LinkedHashMap<>();
    private final Map<String, Integer> linesMeasures = new LinkedHashMap<>();
    private int width;
    private List<String> lateKeys = List.of();

    JoinedRow(RelBuilder b, PathResolver paths, EntityTable source) {
        this(b, paths, source, null, List.of());
    }

    /**
     * The source's rows that pass {@code sourceRows} (instead of the source's row filter; {@code null}:
     * the row filter) and none of {@code excluded}: one branch of {@link OrBranches}.
     */
    JoinedRow(RelBuilder b, PathResolver paths, EntityTable source, Filter sourceRows, List<Filter> excluded) {
        this.b = b;
        this.paths = paths;
        this.scans = new Scans(paths);
        this.source = source;
        this.sourceRows = sourceRows;
        this.excluded = List.copyOf(excluded);
    }

    /**
     * Scans the source and joins what the paths need. Paths along lines in {@code joinedPaths} join
     * the lines (one row per line); those in {@code unlessLines} (filters, measures) do not. With
     * {@code late}, the references are only joined by {@link #joinLate()}, after the source's rows
     * were filtered, sorted and cut to a page.
     */
    void build(List<String> joinedPaths, List<String> unlessLines, Set<String> computedNames, List<Measure> measures,
            boolean late) {
        if (sourceRows == null) {
            scans.scan(b, source);
        } else {
            scans.scan(b, source, sourceRows, excluded);
        }
        offsets.put("", 0);
        width = source.table().columns().size();
        Set<String> keys = new LinkedHashSet<>();
        List<String> all = new ArrayList<>(joinedPaths);
        all.addAll(unlessLines);
        for (int p = 0; p < all.size(); p++) {
            String path = all.get(p);
            if (computedNames.contains(path)) {
                continue;
            }
            ResolvedPath resolved = paths.resolve(source, path);
            if (resolved.lines() && p >= joinedPaths.size()) {
                continue;
            }
            String key = resolved.joinKey();
            String[] parts = key.split("\\.");
            for (int i = 1; !key.isEmpty() && i <= parts.length; i++) {
                keys.add(String.join(".", java.util.Arrays.copyOf(parts, i)));
            }
        }
        keys.remove("");
        lateKeys = new ArrayList<>(keys.stream().sorted(Comparator.comparingInt(k -> k.split("\\.").length)).toList());
        if (!late) {
            joinLate();
        }
        // A measure over lines adds up each record's lines first, unless the lines are joined
        // already (a group reads them): it then reads the joined lines, one row per line.
        measures.stream().filter(m -> m.field() != null && !computedNames.contains(m.field()))
                .filter(m -> paths.resolve(source, m.field()).lines())
                .filter(m -> !keys.contains(paths.resolve(source, m.field()).joinKey().split("\\.")[0]))
                .forEach(this::joinLinesMeasure);
    }

    /** Joins the references of a page whose source rows are already chosen. */
    void joinLate() {
        lateKeys.forEach(this::join);
        lateKeys = List.of();
    }

    /** True when {@code path} is a column of the source itself (or a computed column over such). */
    boolean isOwnColumn(String path) {
        return computed.containsKey(path) || paths.resolve(source, path).joinKey().isEmpty();
    }

    private void join(String key) {
        int dot = key.lastIndexOf('.');
        String parentKey = dot < 0 ? "" : key.substring(0, dot);
        QueryField link = field(parentKey, key.substring(dot + 1));
        EntityTable target = paths.table(link.target());
        scans.scan(b, target);
        if (link.kind() == QueryField.Kind.LINES) {
            int parentId = target.table().columns().indexOf(target.field(SystemColumns.PARENT_ID).orElseThrow().column());
            b.join(JoinRelType.LEFT, b.equals(b.field(2, 0, 0), b.field(2, 1, parentId)));
        } else {
            int fk = offsets.get(parentKey) + ordinal(tableOf(parentKey), link);
            b.join(JoinRelType.LEFT, b.equals(b.field(2, 0, fk), b.field(2, 1, 0)));
        }
        offsets.put(key, width);
        width += target.table().columns().size();
    }

    /** Joins {@code aggregate(field)} of each record's lines, as one more column. */
    private void joinLinesMeasure(Measure measure) {
        ResolvedPath path = paths.resolve(source, measure.field());
        EntityTable lines = path.owner();
        scans.scan(b, lines);
        RexNode value = b.field(path.ordinal());
        RelBuilder.AggCall partial = switch (measure.aggregate()) {
            case SUM -> b.sum(value);
            case MIN -> b.min(value);
            case MAX -> b.max(value);
            case COUNT -> b.count(value);
            default -> throw new QueryException("'" + measure.aggregate().token() + "' of '" + measure.field()
                    + "' cannot be computed over lines in the same report as their records: report on "
                    + lines.qualifiedId() + " instead");
        };
        b.aggregate(b.groupKey(b.field(SystemColumns.PARENT_ID)), partial);
        b.join(JoinRelType.LEFT, b.equals(b.field(2, 0, 0), b.field(2, 1, 0)));
        linesMeasures.put(measure.as(), width + 1);
        width += 2;
    }

    /** Adds computed columns after the joined columns. */
    void compute(Map<String, RexNode> columns) {
        if (columns.isEmpty()) {
            return;
        }
        List<RexNode> added = new ArrayList<>();
        columns.forEach((name, rex) -> {
            computed.put(name, width + added.size());
            added.add(b.alias(rex, name));
        });
        b.projectPlus(added);
        width += added.size();
    }

    /** The column of a path or computed name on the joined row. */
    RexNode operand(String path) {
        if (computed.containsKey(path)) {
            return b.field(computed.get(path));
        }
        ResolvedPath resolved = paths.resolve(source, path);
        Integer offset = offsets.get(resolved.joinKey());
        if (offset == null) {
            throw new IllegalStateException("Path not joined: " + path);
        }
        return b.field(offset + resolved.ordinal());
    }

    /** The partial aggregate of a measure over lines, if it is one. */
    Integer linesMeasure(String as) {
        return linesMeasures.get(as);
    }

    FilterRex.Operand filterOperand(String path) {
        if (computed.containsKey(path)) {
            return new FilterRex.Operand(operand(path), null);
        }
        return new FilterRex.Operand(operand(path), paths.resolve(source, path).field());
    }

    /** True when a filter path goes along lines: it then means "some line ...". */
    boolean isLinesPath(String path) {
        return !computed.containsKey(path) && paths.resolve(source, path).lines();
    }

    /** {@code id in (select parent_id from lines where ...)}: some line meets the condition. */
    RexNode someLine(Filter.Compare compare) {
        ResolvedPath path = paths.resolve(source, compare.field());
        RexNode id = b.field(0);
        return b.in(id, sub -> {
            scans.scan(sub, path.owner());
            FilterRex inner = new FilterRex(sub, new FilterRex.Operands() {
                @Override
                public FilterRex.Operand operand(String p, Filter.Compare c) {
                    ResolvedPath within = paths.resolve(path.owner(), p);
                    return new FilterRex.Operand(sub.field(within.ordinal()), within.field());
                }
            });
            sub.filter(inner.compare(new Filter.Compare(path.withinLines(), compare.op(), compare.value())));
            sub.project(sub.field(SystemColumns.PARENT_ID));
            return sub.build();
        });
    }

    private QueryField field(String key, String name) {
        return tableOf(key).field(name).orElseThrow();
    }

    private EntityTable tableOf(String key) {
        EntityTable table = source;
        if (key.isEmpty()) {
            return table;
        }
        for (String segment : key.split("\\.")) {
            table = paths.table(table.field(segment).orElseThrow().target());
        }
        return table;
    }

    private static int ordinal(EntityTable table, QueryField field) {
        return table.table().columns().indexOf(field.column());
    }
}
