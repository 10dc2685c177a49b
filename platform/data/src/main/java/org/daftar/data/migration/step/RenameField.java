package org.daftar.data.migration.step;

import java.util.ArrayList;
import java.util.List;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.Sql;
import org.daftar.data.schema.TableSpec;

/**
 * A field whose name changed (same id): its column is renamed, keeping every value, and so are the
 * indexes and constraints whose names come from the field's name.
 */
public record RenameField(TableSpec table, String from, String to, List<ObjectRename> objects) implements Step {

    public RenameField {
        objects = List.copyOf(objects);
    }

    @Override
    public Words wording() {
        return Words.of("step.renameField", from, to, table.name());
    }

    @Override
    public List<String> sql() {
        List<String> sql = new ArrayList<>();
        sql.add("alter table " + table.qualifiedName() + " rename column " + Sql.quote(from) + " to " + Sql.quote(to));
        objects.forEach(rename -> sql.add(rename.sql(table.schema(), table.name())));
        return sql;
    }

    @Override
    public String brief() {
        return "rename field " + from + " to " + to + " on " + table.name();
    }
}
