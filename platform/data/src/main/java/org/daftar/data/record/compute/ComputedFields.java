package org.daftar.data.record.compute;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.value.Column;
import org.daftar.model.entity.FieldType;
import org.daftar.model.expression.Evaluator;
import org.daftar.model.expression.Expression;
import org.daftar.model.expression.ExpressionException;
import org.daftar.model.expression.Expressions;
import org.daftar.model.expression.ValueScope;

/**
 * The computed fields of one entity, parsed once and ordered so that a field comes after the
 * computed fields it uses ({@code subtotal} before {@code tax} before {@code total}).
 *
 * <pre>{@code
 * ComputedFields computed = ComputedFields.of(orderTable);
 * computed.computeInto(values, scope, clock);   // values now hold subtotal, tax and total
 * }</pre>
 */
public final class ComputedFields {

    private final List<Column> columns;
    private final List<Expression> expressions;

    private ComputedFields(List<Column> columns, List<Expression> expressions) {
        this.columns = columns;
        this.expressions = expressions;
    }

    public static ComputedFields of(EntityTable table) {
        Map<String, Column> computed = new LinkedHashMap<>();
        Map<String, Expression> parsed = new LinkedHashMap<>();
        for (Column column : table.columns()) {
            if (column.is(FieldType.COMPUTED) && column.field().settings().expression() != null) {
                computed.put(column.name(), column);
                parsed.put(column.name(), parse(table, column));
            }
        }
        List<Column> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        computed.keySet().forEach(name -> visit(name, parsed, computed, done, new HashSet<>(), ordered));
        return new ComputedFields(ordered, ordered.stream().map(c -> parsed.get(c.name())).toList());
    }

    private static void visit(String name, Map<String, Expression> parsed, Map<String, Column> computed, Set<String> done,
            Set<String> path, List<Column> ordered) {
        if (done.contains(name) || !path.add(name)) {
            return; // done, or a cycle (refused when the definitions are linked)
        }
        for (String root : parsed.get(name).roots()) {
            if (computed.containsKey(root)) {
                visit(root, parsed, computed, done, path, ordered);
            }
        }
        done.add(name);
        ordered.add(computed.get(name));
    }

    private static Expression parse(EntityTable table, Column column) {
        try {
            return Expressions.parse(column.field().settings().expression().text());
        } catch (ExpressionException e) {
            throw new IllegalStateException("The computed field '" + column.name() + "' of " + table.qualifiedId()
                    + " has an expression that does not parse: " + e.getMessage(), e);
        }
    }

    public boolean isEmpty() {
        return columns.isEmpty();
    }

    /** Computes every computed field, in order, into {@code values}, which {@code scope} reads. */
    public void computeInto(Map<String, Object> values, ValueScope scope, Clock clock) {
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Object result;
            try {
                result = Evaluator.evaluate(expressions.get(i), scope, clock);
            } catch (ExpressionException e) {
                throw new IllegalStateException("The computed field '" + column.name() + "' could not be computed: "
                        + e.getMessage(), e);
            }
            values.put(column.name(), ExpressionResults.toStored(column, result, clock.getZone()));
        }
    }
}
