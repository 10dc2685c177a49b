package org.daftar.query.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.calcite.avatica.util.TimeUnitRange;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.JoinRelType;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.Values;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.util.SqlString;
import org.apache.calcite.tools.Frameworks;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.tools.RelBuilder;
import org.daftar.query.QueryException;
import org.daftar.query.model.Computed;
import org.daftar.query.model.Filter;
import org.daftar.query.model.Group;
import org.daftar.query.model.Measure;
import org.daftar.query.model.Query;
import org.daftar.query.model.Sort;
import org.daftar.query.schema.CalciteSchemas;
import org.daftar.query.schema.Catalog;
import org.daftar.query.schema.EntityTable;
import org.daftar.query.schema.ReadableSchema;

/**
 * Compiles the shape of a query ({@link Shapes}) into one PostgreSQL statement: a plan built with
 * Calcite's RelBuilder over a schema holding only what the user may read, written by
 * RelToSqlConverter. Values are dynamic parameters.
 *
 * <pre>{@code
 * Shapes.Split split = Shapes.split(readable, query, params, today);
 * CompiledQuery compiled = new QueryCompiler(catalog).compile(split.readable(), split.query());
 * }</pre>
 */
public final class QueryCompiler {

    private final Catalog catalog;

    public QueryCompiler(Catalog catalog) {
        this.catalog = catalog;
    }

    public CompiledQuery compile(ReadableSchema readable, Query query) {
        RelBuilder b = RelBuilder.create(Frameworks.newConfigBuilder()
                .defaultSchema(CalciteSchemas.physical(catalog, readable)).build());
        PathResolver paths = new PathResolver(catalog, readable);
        query = DisplayNames.apply(query, catalog, paths);
        EntityTable source = paths.table(query.source());
        List<Filter> branches = OrBranches.of(query, paths.access(source.qualifiedId()).rows(), source);
        if (!branches.isEmpty()) {
            CompiledQuery branched = branched(b, paths, query, source, branches);
            if (branched != null) {
                return branched;
            }
            b.clear();
        }
        boolean late = QueryPaths.joinsLate(query, paths, source);
        JoinedRow row = new JoinedRow(b, paths, source);
        List<RexNode> conditions = joined(b, paths, query, row, late);
        if (query.isGrouped()) {
            b.filter(conditions);
            return grouped(b, row, query);
        }
        List<Integer> keyColumns = listed(b, row, query, conditions, late, offset(query), fetch(query));
        return written(b, query.columns(), keyColumns);
    }

    /**
     * The page of each of {@link OrBranches}' disjoint branches (the offset and the page each, from
     * its start), in union, then sorted and cut to the page as the single statement would be; {@code null}
     * when no branch can match a row (then the single statement says so).
     */
    private CompiledQuery branched(RelBuilder b, PathResolver paths, Query query, EntityTable source,
            List<Filter> branches) {
        boolean late = QueryPaths.joinsLate(query, paths, source);
        int fetch = query.offset() == null ? query.limit() : query.offset() + query.limit();
        List<Integer> keyColumns = List.of();
        int read = 0;
        for (int i = 0; i < branches.size(); i++) {
            JoinedRow row = new JoinedRow(b, paths, source, branches.get(i), branches.subList(0, i));
            keyColumns = listed(b, row, query, joined(b, paths, query, row, late), late, -1, fetch);
            if (matchesNothing(b.peek())) {
                b.build(); // a branch that matches nothing (a comparison with an empty user name): nothing to read
            } else {
                read++;
            }
        }
        if (read == 0) {
            return null;
        }
        if (read > 1) {
            b.union(true, read);
        }
        b.sortLimit(offset(query), fetch(query), pageOrder(b, query, keyColumns));
        return written(b, query.columns(), keyColumns);
    }

    /** True when a branch reads an empty relation (Calcite's for a condition that is never true), so gives no row. */
    private static boolean matchesNothing(RelNode rel) {
        return switch (rel) {
            case Values values -> values.getTuples().isEmpty();
            case org.apache.calcite.rel.core.Filter filter -> matchesNothing(filter.getInput());
            case Project project -> matchesNothing(project.getInput());
            case org.apache.calcite.rel.core.Sort sort -> matchesNothing(sort.getInput());
            case Join join when join.getJoinType() == JoinRelType.LEFT || join.getJoinType() == JoinRelType.INNER ->
                    matchesNothing(join.getLeft());
            default -> false;
        };
    }

    /** Builds the joined row on the builder's stack, with its computed columns; gives the query's filter. */
    private static List<RexNode> joined(RelBuilder b, PathResolver paths, Query query, JoinedRow row, boolean late) {
        EntityTable source = paths.table(query.source());
        Set<String> computedNames = new LinkedHashSet<>();
        query.computed().forEach(c -> computedNames.add(c.as()));
        List<String> unlessLines = new ArrayList<>();
        QueryPaths.filterPaths(query.filter(), unlessLines);
        query.measures().stream().filter(m -> m.field() != null).forEach(m -> unlessLines.add(m.field()));
        row.build(QueryPaths.joinedPaths(query), unlessLines, computedNames, query.measures(), late);
        Map<String, RexNode> computed = new LinkedHashMap<>();
        ExpressionRex expressions = new ExpressionRex(b, row::operand);
        for (Computed c : query.computed()) {
            computed.put(c.as(), expressions.toRex(c.expression()));
        }
        row.compute(computed);
        List<RexNode> conditions = new ArrayList<>();
        conditions.add(filter(b, row, query.filter()));
        return conditions;
    }

    private static RexNode filter(RelBuilder b, JoinedRow row, Filter filter) {
        return new FilterRex(b, new FilterRex.Operands() {
            @Override
            public FilterRex.Operand operand(String path, Filter.Compare compare) {
                if (compare == null && row.isLinesPath(path)) {
                    throw new QueryException("'" + path + "' goes along lines: a condition written as an expression "
                            + "may only read the record's own fields and follow its references");
                }
                return row.filterOperand(path);
            }

            @Override
            public Optional<RexNode> whole(Filter.Compare compare) {
                return row.isLinesPath(compare.field()) ? Optional.of(row.someLine(compare)) : Optional.empty();
            }
        }).toRex(filter);
    }

    /** The page on the builder's stack: the columns, then the sort keys and the id; gives where the keys are. */
    private static List<Integer> listed(RelBuilder b, JoinedRow row, Query query, List<RexNode> conditions,
            boolean late, int offset, int fetch) {
        if (query.columns().isEmpty()) {
            throw new QueryException("A query over " + query.source() + " names no columns: give columns to list, "
                    + "or groups and measures");
        }
        List<RexNode> keys = new ArrayList<>();
        query.sort().forEach(s -> keys.add(row.operand(s.field())));
        keys.add(row.operand("id"));
        if (!query.after().isEmpty()) {
            conditions.add(Keysets.after(b, keys, query.sort(), query.after()));
        }
        b.filter(conditions);
        if (late) {
            List<RexNode> pageOrder = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                pageOrder.add(i < query.sort().size() && query.sort().get(i).descending() ? b.desc(keys.get(i)) : keys.get(i));
            }
            b.sortLimit(offset, fetch, pageOrder);
            row.joinLate();
            keys.clear();
            query.sort().forEach(s -> keys.add(row.operand(s.field())));
            keys.add(row.operand("id"));
        }
        List<RexNode> output = new ArrayList<>();
        List<String> names = new ArrayList<>();
        query.columns().forEach(c -> {
            output.add(row.operand(c));
            names.add(c);
        });
        List<Integer> keyColumns = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            keyColumns.add(output.size());
            output.add(keys.get(i));
            names.add("$key" + i);
        }
        b.project(output, names, true);
        List<RexNode> order = pageOrder(b, query, keyColumns);
        if (late) {
            b.sort(order);
        } else {
            b.sortLimit(offset, fetch, order);
        }
        return keyColumns;
    }

    /** The list's order over the key columns of the relation on top of the builder's stack. */
    private static List<RexNode> pageOrder(RelBuilder b, Query query, List<Integer> keyColumns) {
        List<RexNode> order = new ArrayList<>();
        for (int i = 0; i < keyColumns.size(); i++) {
            RexNode key = b.field(keyColumns.get(i));
            order.add(i < query.sort().size() && query.sort().get(i).descending() ? b.desc(key) : key);
        }
        return order;
    }

    private static CompiledQuery grouped(RelBuilder b, JoinedRow row, Query query) {
        // The groups are added as the last columns, in the order given: an aggregate's keys come
        // out in column order, so they then come out in the order the report names them.
        int width = b.peek().getRowType().getFieldCount();
        List<RexNode> groups = new ArrayList<>();
        for (Group g : query.groupBy()) {
            groups.add(b.alias(bucket(b, row.operand(g.field()), g), g.as()));
        }
        List<RelBuilder.AggCall> measures = query.measures().stream().map(m -> measure(b, row, m)).toList();
        b.projectPlus(groups);
        List<RexNode> keys = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            keys.add(b.field(width + i));
        }
        b.aggregate(b.groupKey(keys), measures);
        List<String> names = new ArrayList<>();
        query.groupBy().forEach(g -> names.add(g.as()));
        query.measures().forEach(m -> names.add(m.as()));
        // By position: a group named like a joined field (supplier, employee) was given another name.
        List<RexNode> outputs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            outputs.add(b.field(i));
        }
        b.project(outputs, names, true);
        b.filter(new FilterRex(b, (path, compare) -> new FilterRex.Operand(named(b, names, path, "having"), null))
                .toRex(query.having()));
        List<RexNode> order = new ArrayList<>();
        for (Sort s : query.sort()) {
            RexNode key = named(b, names, s.field(), "sort");
            order.add(s.descending() ? b.desc(key) : key);
        }
        b.sortLimit(offset(query), fetch(query), order);
        return written(b, names, List.of());
    }

    private static RexNode bucket(RelBuilder b, RexNode value, Group g) {
        if (g.bucket() == null) {
            return value;
        }
        if (value.getType().getSqlTypeName() == SqlTypeName.DATE) {
            // PostgreSQL's date_trunc gives a timestamp; the bucket of a date is the date it starts on.
            return b.call(PostgresFunctions.DATE_BUCKET, b.literal(g.bucket().name().toLowerCase(java.util.Locale.ROOT)), value);
        }
        return b.call(SqlStdOperatorTable.FLOOR, value, b.literal(TimeUnitRange.valueOf(g.bucket().name())));
    }

    private static RelBuilder.AggCall measure(RelBuilder b, JoinedRow row, Measure m) {
        if (m.field() == null) {
            return b.countStar(m.as());
        }
        Integer partial = row.linesMeasure(m.as());
        if (partial != null) {
            RexNode x = b.field(partial);
            return switch (m.aggregate()) {
                case MIN -> b.min(m.as(), x);
                case MAX -> b.max(m.as(), x);
                default -> b.sum(false, m.as(), x);
            };
        }
        RexNode x = row.operand(m.field());
        return switch (m.aggregate()) {
            case COUNT -> b.count(false, m.as(), x);
            case COUNT_DISTINCT -> b.count(true, m.as(), x);
            case SUM -> b.sum(false, m.as(), x);
            case AVG -> b.avg(false, m.as(), x);
            case MIN -> b.min(m.as(), x);
            case MAX -> b.max(m.as(), x);
        };
    }

    private static RexNode named(RelBuilder b, List<String> names, String name, String clause) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new QueryException("The " + clause + " of a grouped query names its groups and measures ("
                    + String.join(", ", names) + "), not '" + name + "'");
        }
        return b.field(index);
    }

    private static int offset(Query query) {
        return query.offset() == null ? -1 : query.offset();
    }

    private static int fetch(Query query) {
        return query.limit() == null ? -1 : query.limit();
    }

    private static CompiledQuery written(RelBuilder b, List<String> columns, List<Integer> keyColumns) {
        SqlString sql = SqlWriter.write(b.build());
        List<Integer> slots = sql.getDynamicParameters() == null ? List.of() : sql.getDynamicParameters();
        return new CompiledQuery(sql.getSql(), slots, columns, keyColumns);
    }
}
