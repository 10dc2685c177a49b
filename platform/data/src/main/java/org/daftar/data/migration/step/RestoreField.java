package org.daftar.data.migration.step;

import java.util.List;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.ColumnSpec;
import org.daftar.data.schema.Sql;
import org.daftar.data.schema.TableSpec;

/** An archived field that is back in the definitions (same id): its column gets its name back, with its values. */
public record RestoreField(TableSpec table, String archivedName, ColumnSpec column) implements Step {

    @Override
    public Words wording() {
        return Words.of("step.restoreField", column.name(), table.name(), archivedName);
    }

    @Override
    public List<String> sql() {
        return List.of("alter table " + table.qualifiedName() + " rename column " + Sql.quote(archivedName) + " to "
                + Sql.quote(column.name()));
    }

    @Override
    public String brief() {
        return "restore field " + column.name() + " on " + table.name();
    }
}
