package org.daftar.data.migration.step;

import java.util.List;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.ColumnSpec;
import org.daftar.data.schema.TableSpec;

/** One of the columns Daftar gives every table (or every lines table), missing from a table that has records. */
public record AddSystemColumn(TableSpec table, ColumnSpec column, List<DataCheck> dataChecks) implements Step {

    public AddSystemColumn {
        dataChecks = List.copyOf(dataChecks);
    }

    @Override
    public Words wording() {
        return Words.of("step.addSystemColumn", column.name(), table.name());
    }

    @Override
    public List<String> sql() {
        return List.of("alter table " + table.qualifiedName() + " add column " + column.definition());
    }

    @Override
    public String brief() {
        return "add column " + column.name() + " to " + table.name();
    }
}
