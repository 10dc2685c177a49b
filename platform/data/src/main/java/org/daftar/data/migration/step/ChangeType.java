package org.daftar.data.migration.step;

import java.util.ArrayList;
import java.util.List;
import org.daftar.data.migration.live.ColumnType;
import org.daftar.data.migration.live.LiveObject;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.ColumnSpec;
import org.daftar.data.schema.Sql;
import org.daftar.data.schema.TableSpec;

/**
 * A field whose column type changes: widened (a longer text, a bigger decimal, integer to
 * decimal: safe when every value fits), or narrowed or converted (a shorter text, text to
 * integer: refused unless forced, and checked against the data either way). Checks that depend
 * on the type are dropped before and made again after.
 *
 * @param using the conversion's {@code USING} expression, or {@code null} for PostgreSQL's own
 * @param checksDropped checks dropped before the change
 * @param checksAdded checks made after it
 */
public record ChangeType(
        TableSpec table,
        ColumnSpec column,
        ColumnType from,
        ColumnType to,
        boolean widening,
        String using,
        Risk risk,
        List<DataCheck> dataChecks,
        List<LiveObject> checksDropped,
        List<SchemaObject> checksAdded)
        implements Step {

    public ChangeType {
        dataChecks = List.copyOf(dataChecks);
        checksDropped = List.copyOf(checksDropped);
        checksAdded = List.copyOf(checksAdded);
    }

    @Override
    public Words wording() {
        return Words.of(widening ? "step.widen" : "step.changeType", column.name(), table.name(), from.wording(), to.wording());
    }

    @Override
    public List<String> sql() {
        List<String> sql = new ArrayList<>();
        checksDropped.forEach(check -> sql.add(check.kind().dropSql(table.schema(), table.name(), check.name())));
        sql.add("alter table " + table.qualifiedName() + " alter column " + Sql.quote(column.name()) + " type " + to.sql()
                + (using != null ? " using " + using : ""));
        checksAdded.forEach(check -> sql.add(check.createSql()));
        return sql;
    }

    @Override
    public String brief() {
        return (widening ? "widen " : "change type of ") + column.name() + " on " + table.name();
    }
}
