package org.daftar.ui.form.live;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.daftar.data.record.compute.ComputedFields;
import org.daftar.data.record.compute.Defaults;
import org.daftar.data.record.table.EntityTable;
import org.daftar.data.record.table.EntityTables;
import org.daftar.model.expression.ValueScope;
import org.daftar.model.form.FormDef;

/**
 * The record service's own computations, run on a form's values while the user types: the
 * computed fields ({@link ComputedFields}, in the order they depend on each other) and the
 * defaults of a new record ({@link Defaults}, the form's winning over the entity's). Reusing them
 * means a form shows exactly what a save will store.
 *
 * <pre>{@code
 * LiveRecords live = new LiveRecords(tables, Clock.systemDefaultZone());
 * Map<String, Object> order = live.defaults(orderTable, orderForm, scopeOf);   // order_date = today
 * live.compute(orderTable, order, references, "sara");                          // subtotal, tax, total
 * }</pre>
 */
public final class LiveRecords {

    private final EntityTables tables;
    private final Clock clock;
    private final Map<String, ComputedFields> computed = new ConcurrentHashMap<>();

    public LiveRecords(EntityTables tables, Clock clock) {
        this.tables = tables;
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    /** The table of the entity {@code app.entity}. */
    public EntityTable table(String entity) {
        return tables.get(entity);
    }

    /** {@code values} as expressions over {@code table} read them, for the user {@code user}. */
    public ValueScope scope(EntityTable table, Map<String, ?> values, ReferencedValues references, String user) {
        return new LiveScope(this, table, values, references, user, clock.getZone());
    }

    /**
     * Puts the value of every computed field of {@code table} into {@code values}. A field that
     * cannot be computed yet (a half-typed value the expression cannot use) is left empty.
     */
    public void compute(EntityTable table, Map<String, Object> values, ReferencedValues references, String user) {
        ComputedFields fields = computed.computeIfAbsent(table.qualifiedId(), id -> ComputedFields.of(table));
        if (fields.isEmpty()) {
            return;
        }
        try {
            fields.computeInto(values, scope(table, values, references, user), clock);
        } catch (IllegalStateException | ArithmeticException | ClassCastException e) {
            table.columns().stream().filter(c -> c.generated() && !c.field().type().equals("auto-number"))
                    .forEach(c -> values.put(c.name(), null));
        }
    }

    /** The values a new record starts with: the defaults of {@code form} and of the entity. */
    public Map<String, Object> defaults(EntityTable table, FormDef form, ReferencedValues references, String user) {
        Map<String, Object> values = new LinkedHashMap<>();
        Defaults defaults = form == null ? Defaults.of(table) : Defaults.of(table, form);
        defaults.fill(values, scope(table, values, references, user), clock);
        return values;
    }
}
