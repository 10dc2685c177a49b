package org.daftar.data.record.compute;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.value.Column;
import org.daftar.data.record.value.FieldKind;
import org.daftar.data.record.value.InputValues;
import org.daftar.model.expression.Evaluator;
import org.daftar.model.expression.Expression;
import org.daftar.model.expression.Expressions;
import org.daftar.model.expression.ValueScope;
import org.daftar.model.form.FormDef;
import org.daftar.model.form.FormFieldDef;

/**
 * The defaults of a new record's fields: a literal ({@code default: 5}) or an expression
 * ({@code default: "=today()"}, {@code "=user"}) given by the entity, or by the form the record is
 * entered with, which wins. A default fills a field the caller did not give at all; a field given
 * as empty stays empty.
 */
public final class Defaults {

    private final List<Column> columns;
    private final List<Object> values;

    private Defaults(List<Column> columns, List<Object> values) {
        this.columns = columns;
        this.values = values;
    }

    /** The defaults the entity's fields declare. */
    public static Defaults of(EntityTable table) {
        List<Column> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column.field().defaultValue() != null && !column.generated()) {
                columns.add(column);
                values.add(compile(column, column.field().defaultValue()));
            }
        }
        return new Defaults(columns, values);
    }

    /** The entity's defaults, with those of {@code form} in their place where it gives one. */
    public static Defaults of(EntityTable table, FormDef form) {
        Defaults entity = of(table);
        List<Column> columns = new ArrayList<>(entity.columns);
        List<Object> values = new ArrayList<>(entity.values);
        form.fields().filter(field -> field.defaultValue() != null).forEach((FormFieldDef field) ->
                table.column(field.field()).filter(column -> !column.generated()).ifPresent(column -> {
                    int known = columns.indexOf(column);
                    Object value = compile(column, field.defaultValue());
                    if (known >= 0) {
                        values.set(known, value);
                    } else {
                        columns.add(column);
                        values.add(value);
                    }
                }));
        return new Defaults(columns, values);
    }

    private static Object compile(Column column, Object value) {
        if (value instanceof String text && text.startsWith("=")) {
            return Expressions.parse(text.substring(1));
        }
        return value;
    }

    /** Fills the fields of {@code values} that were not given with their defaults. */
    public void fill(Map<String, Object> values, ValueScope scope, Clock clock) {
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            if (!values.containsKey(column.name())) {
                Object value = this.values.get(i);
                values.put(column.name(), value instanceof Expression expression
                        ? ExpressionResults.toStored(column, Evaluator.evaluate(expression, scope, clock), clock.getZone())
                        : InputValues.normalize(column, value, clock.getZone()));
            }
        }
    }

    /** A required yes/no field left empty is "no": a box not ticked. */
    public static void uncheckedBoxes(EntityTable table, Map<String, Object> values) {
        for (Column column : table.columns()) {
            if (column.kind() == FieldKind.BOOLEAN && column.field().required() && values.get(column.name()) == null) {
                values.put(column.name(), Boolean.FALSE);
            }
        }
    }
}
