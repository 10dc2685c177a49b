package org.daftar.data.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.daftar.model.Definitions;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.expression.Branches;
import org.daftar.model.expression.Expression;
import org.daftar.model.expression.ExpressionException;
import org.daftar.model.expression.Expressions;
import org.daftar.model.list.SortKey;
import org.daftar.model.role.PermissionDef;
import org.daftar.model.role.RoleDef;

/**
 * The indexes that let a user under a row rule open a list as fast as an admin: for each
 * {@code or}-branch of each role's row rule on the entity, an index on the branch's first
 * equality field, then the list's sort column in the list's direction, then the id.
 *
 * <p>Without them, a list sorted by {@code day} reads the {@code day} index and drops, row by row
 * from the table, every row the rule hides: a user who sees a fifth of the rows makes PostgreSQL
 * read five times as many. A plain index scan does not test the rule on index columns before it
 * fetches the row, so an index on {@code (day, owner, status)} would not help; an index per
 * branch, {@code (owner, day desc, id)} and {@code (status, day desc, id)}, gives each branch's
 * page in order, and the query engine reads the branches separately and merges them
 * ({@code org.daftar.query.compile.OrBranches}). The id makes the index's order the list's whole
 * order (rows of one day come by id), so each branch stops after exactly one page.
 */
final class RowRuleIndexes {

    private RowRuleIndexes() {}

    /**
     * @param columns the table's columns, to keep only fields that are columns of the entity's own
     * @param sortKeys the first sort key of each list of the entity, by column (a plain field)
     */
    static List<TableSpec.Index> of(Definitions definitions, EntityDef entity, List<ColumnSpec> columns,
            Map<String, SortKey.Direction> sortKeys) {
        Map<List<String>, Wanted> wanted = new LinkedHashMap<>();
        definitions.app(entity.appId()).ifPresent(app -> {
            for (RoleDef role : app.roles()) {
                for (PermissionDef permission : role.permissions()) {
                    if (!permission.entity().equals(entity.id()) || permission.rows() == null) {
                        continue;
                    }
                    for (Expression branch : branches(permission.rows().text())) {
                        leadColumn(branch, columns).ifPresent(lead -> sortKeys.forEach((sort, direction) -> {
                            if (!sort.equals(lead)) {
                                boolean descending = direction == SortKey.Direction.DESC;
                                List<String> key = List.of(lead, sort, descending ? "desc" : "asc");
                                wanted.computeIfAbsent(key, k -> new Wanted(lead, sort, descending))
                                        .roles.add(app.id() + "." + role.id());
                            }
                        }));
                    }
                }
            }
        });
        List<TableSpec.Index> indexes = new ArrayList<>();
        for (Wanted index : wanted.values()) {
            List<String> parts = new ArrayList<>(List.of(entity.name(), index.lead, index.sort));
            if (index.descending) {
                parts.add("desc");
            }
            parts.addAll(List.of("rule", "idx"));
            indexes.add(new TableSpec.Index(Sql.constraintName(parts.toArray(String[]::new)),
                    List.of(index.lead, index.sort, SystemColumns.ID), index.descending ? Set.of(index.sort) : Set.of(),
                    (index.roles.size() == 1 ? "for the row rule of role " : "for the row rules of roles ")
                            + String.join(", ", index.roles)));
        }
        return indexes;
    }

    private static List<Expression> branches(String rule) {
        try {
            return Branches.of(Expressions.parse(rule));
        } catch (ExpressionException e) {
            return List.of(); // the definitions' checks report it; a rule that does not parse wants no index
        }
    }

    /** The first field the branch compares for equality that is a column of the entity's own. */
    private static Optional<String> leadColumn(Expression branch, List<ColumnSpec> columns) {
        return Branches.equalityFields(branch).stream()
                .filter(field -> columns.stream().anyMatch(c -> !c.isSystem() && c.name().equals(field)))
                .findFirst();
    }

    private static final class Wanted {
        private final String lead;
        private final String sort;
        private final boolean descending;
        private final Set<String> roles = new LinkedHashSet<>();

        Wanted(String lead, String sort, boolean descending) {
            this.lead = lead;
            this.sort = sort;
            this.descending = descending;
        }
    }
}
