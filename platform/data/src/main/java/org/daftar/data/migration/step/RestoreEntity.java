package org.daftar.data.migration.step;

import java.util.ArrayList;
import java.util.List;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.Sql;
import org.daftar.data.schema.TableSpec;

/** An archived entity that is back in the definitions (same id): its table gets its name back, with its records. */
public record RestoreEntity(String archivedName, TableSpec table, List<ObjectRename> objects) implements Step {

    public RestoreEntity {
        objects = List.copyOf(objects);
    }

    @Override
    public Words wording() {
        return Words.of("step.restoreEntity", table.name(), table.schema(), archivedName);
    }

    @Override
    public List<String> sql() {
        List<String> sql = new ArrayList<>();
        sql.add("alter table " + Sql.qualified(table.schema(), archivedName) + " rename to " + Sql.quote(table.name()));
        objects.forEach(rename -> sql.add(rename.sql(table.schema(), table.name())));
        return sql;
    }

    @Override
    public String brief() {
        return "restore entity " + table.name();
    }
}
