package org.daftar.data.migration.step;

import java.util.List;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.ColumnSpec;
import org.daftar.data.schema.Sql;
import org.daftar.data.schema.TableSpec;

/**
 * A field that becomes required (NOT NULL: safe only while every row has a value) or optional
 * (always safe).
 */
public record ChangeRequired(TableSpec table, ColumnSpec column, boolean required, List<DataCheck> dataChecks) implements Step {

    public ChangeRequired {
        dataChecks = List.copyOf(dataChecks);
    }

    @Override
    public Words wording() {
        return Words.of(required ? "step.makeRequired" : "step.makeOptional", column.name(), table.name());
    }

    @Override
    public List<String> sql() {
        return List.of("alter table " + table.qualifiedName() + " alter column " + Sql.quote(column.name())
                + (required ? " set not null" : " drop not null"));
    }

    @Override
    public String brief() {
        return "make " + column.name() + " on " + table.name() + (required ? " required" : " optional");
    }
}
