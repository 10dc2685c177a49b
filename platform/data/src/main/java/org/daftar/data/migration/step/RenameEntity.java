package org.daftar.data.migration.step;

import java.util.ArrayList;
import java.util.List;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.Sql;
import org.daftar.data.schema.TableSpec.TableRef;
import org.daftar.data.schema.TableSpec;

/**
 * An entity whose name changed (same id): its table is renamed, keeping every record, and so are
 * the indexes and constraints whose names come from the table's name.
 */
public record RenameEntity(TableRef from, TableSpec to, List<ObjectRename> objects) implements Step {

    public RenameEntity {
        objects = List.copyOf(objects);
    }

    @Override
    public Words wording() {
        return Words.of("step.renameEntity", from.name(), to.name(), from.toString(), to.ref().toString());
    }

    @Override
    public List<String> sql() {
        List<String> sql = new ArrayList<>();
        sql.add("alter table " + from.qualifiedName() + " rename to " + Sql.quote(to.name()));
        objects.forEach(rename -> sql.add(rename.sql(to.schema(), to.name())));
        return sql;
    }

    @Override
    public String brief() {
        return "rename entity " + from.name() + " to " + to.name();
    }
}
