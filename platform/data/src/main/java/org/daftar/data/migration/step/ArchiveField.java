package org.daftar.data.migration.step;

import java.util.ArrayList;
import java.util.List;
import org.daftar.data.migration.live.LiveObject;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.Sql;
import org.daftar.data.schema.TableSpec;

/**
 * A field that left the definitions: its column is kept with its values, renamed aside and made
 * optional, and loses the indexes and constraints Daftar made on it. Refused unless forced;
 * undone by bringing the field back (same id), ended by a purge.
 *
 * @param table the entity's table (by its name after the plan's renames)
 * @param column the column's name before the plan
 * @param archivedName the name it is kept under, e.g. {@code _archived_channel}
 */
public record ArchiveField(
        TableSpec table, String fieldId, String column, String archivedName, boolean notNull, List<LiveObject> dropped)
        implements Step {

    public ArchiveField {
        dropped = List.copyOf(dropped);
    }

    @Override
    public Words wording() {
        return Words.of("step.archiveField", column, table.name(), archivedName);
    }

    @Override
    public List<String> sql() {
        List<String> sql = new ArrayList<>();
        dropped.forEach(object -> sql.add(object.kind().dropSql(table.schema(), table.name(), object.name())));
        String alter = "alter table " + table.qualifiedName();
        sql.add(alter + " rename column " + Sql.quote(column) + " to " + Sql.quote(archivedName));
        if (notNull) {
            sql.add(alter + " alter column " + Sql.quote(archivedName) + " drop not null");
        }
        return sql;
    }

    @Override
    public Risk risk() {
        return Risk.needsForce(Words.of("reason.archiveField", archivedName));
    }

    @Override
    public String brief() {
        return "archive field " + column + " of " + table.name();
    }
}
