package org.daftar.data.migration.step;

import java.util.ArrayList;
import java.util.List;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.Ddl;
import org.daftar.data.schema.TableSpec;

/**
 * A new entity: its table with typed columns and checks, then its unique keys, foreign keys and
 * indexes. A foreign key to a table made later in the plan is left to a later step.
 *
 * @param objects the unique keys, foreign keys and indexes made with the table
 */
public record AddEntity(TableSpec table, List<SchemaObject> objects) implements Step {

    public AddEntity {
        objects = List.copyOf(objects);
    }

    @Override
    public Words wording() {
        long fields = table.columns().stream().filter(c -> !c.isSystem()).count();
        return Words.of("step.addEntity", table.name(), table.schema(), fields);
    }

    @Override
    public List<String> sql() {
        List<String> sql = new ArrayList<>();
        sql.add(Ddl.createTable(table));
        objects.forEach(object -> sql.add(object.createSql()));
        return sql;
    }

    @Override
    public String brief() {
        return "add entity " + table.name();
    }
}
