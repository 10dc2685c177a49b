package org.daftar.query.compile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.daftar.data.schema.TableSpec;
import org.daftar.model.expression.Branches;
import org.daftar.model.expression.Expression;
import org.daftar.model.report.Operator;
import org.daftar.query.model.Filter;
import org.daftar.query.model.Query;
import org.daftar.query.schema.EntityTable;
import org.daftar.query.schema.QueryField;

/**
 * When a page of a list under a row rule with {@code or} is read branch by branch: the rule
 * {@code owner = user or status = 'new'} over a list sorted by {@code day} becomes the first page
 * of the rows with {@code owner = user}, and the first page of those with {@code status = 'new'}
 * whose owner is not the user, merged by the list's order and cut to a page. Each branch is read
 * from its own index ({@code (owner, day desc, id)}, {@code (status, day desc, id)}; the storage
 * module makes them from the roles' row rules), so the page costs about what it costs an admin,
 * instead of a scan of the sort column's index that reads and drops every hidden row.
 *
 * <p>The branches are made disjoint (branch <i>i</i> keeps only the rows for which no earlier
 * branch is true), so the union holds every visible row once: the same rows, in the same order,
 * as the single statement. It is done only where it is known to pay: a list (not grouped) with a
 * limit, sorted first by a column of its own, under a row rule of two or more branches that read
 * only the entity's own fields, each branch having an index that starts with one of the fields it
 * compares for equality, followed by the sort column.
 */
final class OrBranches {

    private OrBranches() {}

    /** The disjoint branches to read {@code query} by, or empty to read it as one statement. */
    static List<Filter> of(Query query, Filter rows, EntityTable source) {
        if (query.isGrouped() || query.limit() == null || query.sort().isEmpty()) {
            return List.of();
        }
        Optional<String> sortColumn = ownColumn(source, query.sort().getFirst().field());
        List<Filter> branches = split(rows);
        if (sortColumn.isEmpty() || branches.size() < 2) {
            return List.of();
        }
        List<String> read = new ArrayList<>();
        QueryPaths.filterPaths(rows, read);
        if (read.stream().anyMatch(path -> path.contains("."))) {
            return List.of();
        }
        for (Filter branch : branches) {
            if (!indexed(source, branch, sortColumn.get())) {
                return List.of();
            }
        }
        return branches;
    }

    /**
     * The operands of the top-level or's of a row filter, of {@link Filter.Any}s (the rules of several
     * roles) and of {@code or} in expressions, each once.
     */
    static List<Filter> split(Filter rows) {
        Set<Filter> branches = new LinkedHashSet<>();
        switch (rows) {
            case Filter.Any any -> any.filters().forEach(f -> branches.addAll(split(f)));
            case Filter.All all when all.filters().size() == 1 -> branches.addAll(split(all.filters().getFirst()));
            case Filter.Expr e -> Branches.of(e.condition()).forEach(c -> branches.add(new Filter.Expr(c, e.names())));
            default -> branches.add(rows);
        }
        return List.copyOf(branches);
    }

    /** The fields a branch compares for equality with a value the row does not decide. */
    static Set<String> equalityFields(Filter branch) {
        Set<String> fields = new LinkedHashSet<>();
        switch (branch) {
            case Filter.Compare c when c.op() == Operator.EQ && c.value() != null && !c.field().contains(".") -> fields.add(c.field());
            case Filter.All all -> all.filters().forEach(f -> fields.addAll(equalityFields(f)));
            case Filter.Expr e -> {
                Expression condition = e.condition();
                Branches.equalityFields(condition).stream().filter(f -> !e.binds(f)).forEach(fields::add);
            }
            default -> { }
        }
        return fields;
    }

    /** True when an index of the table starts with a column the branch fixes, then the sort column. */
    private static boolean indexed(EntityTable source, Filter branch, String sortColumn) {
        Set<String> fixed = new LinkedHashSet<>();
        equalityFields(branch).forEach(field -> ownColumn(source, field).ifPresent(fixed::add));
        for (TableSpec.Index index : source.table().indexes()) {
            List<String> columns = index.columns();
            if (columns.size() >= 2 && fixed.contains(columns.get(0)) && columns.get(1).equals(sortColumn)) {
                return true;
            }
        }
        return false;
    }

    /** The column of a field of the source's own (not along a reference, not computed, not lines). */
    private static Optional<String> ownColumn(EntityTable source, String path) {
        if (path.contains(".")) {
            return Optional.empty();
        }
        return source.field(path).map(QueryField::column).map(column -> column.name());
    }
}
