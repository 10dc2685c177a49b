package org.daftar.data.migration.step;

import java.util.ArrayList;
import java.util.List;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.ColumnSpec;
import org.daftar.data.schema.Sql;
import org.daftar.data.schema.TableSpec;

/**
 * A new field of an entity that has a table: its column, then its checks, keys and indexes. A new
 * required field needs a value in every existing row: its definition's default fills them, else
 * the table must be empty.
 *
 * @param description the field's type for people: {@code choice: phone, email, walk-in}
 * @param fill the SQL literal existing rows get ({@code 'draft'}), or {@code null}
 * @param objects its checks, unique keys, foreign key and indexes
 */
public record AddField(
        TableSpec table, ColumnSpec column, Words description, String fill, List<SchemaObject> objects, List<DataCheck> dataChecks)
        implements Step {

    public AddField {
        objects = List.copyOf(objects);
        dataChecks = List.copyOf(dataChecks);
    }

    @Override
    public Words wording() {
        return fill != null ? Words.of("step.addFieldWithFill", column.name(), description, table.name(), fill)
                : Words.of("step.addField", column.name(), description, table.name());
    }

    @Override
    public List<String> sql() {
        List<String> sql = new ArrayList<>();
        String alter = "alter table " + table.qualifiedName();
        sql.add(alter + " add column " + column.definition() + (fill != null ? " default " + fill : ""));
        if (fill != null) {
            sql.add(alter + " alter column " + Sql.quote(column.name()) + " drop default");
        }
        objects.forEach(object -> sql.add(object.createSql()));
        return sql;
    }

    @Override
    public String brief() {
        return "add field " + column.name() + " to " + table.name();
    }
}
