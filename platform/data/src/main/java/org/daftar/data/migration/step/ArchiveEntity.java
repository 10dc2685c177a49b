package org.daftar.data.migration.step;

import java.util.ArrayList;
import java.util.List;
import org.daftar.data.migration.live.LiveObject;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.Sql;
import org.daftar.data.schema.TableSpec.TableRef;

/**
 * An entity that left the definitions: its table is kept with its records, renamed aside, and
 * loses the indexes and constraints Daftar made on it (so its names are free again). Refused
 * unless forced; undone by bringing the entity back (same id), ended by a purge.
 *
 * @param table the table, by its name before the plan
 * @param archivedName the name it is kept under, e.g. {@code _archived_ticket}
 */
public record ArchiveEntity(String entityId, TableRef table, String archivedName, List<LiveObject> dropped) implements Step {

    public ArchiveEntity {
        dropped = List.copyOf(dropped);
    }

    @Override
    public Words wording() {
        return Words.of("step.archiveEntity", table.name(), table.schema(), archivedName);
    }

    @Override
    public List<String> sql() {
        List<String> sql = new ArrayList<>();
        dropped.forEach(object -> sql.add(object.kind().dropSql(table.schema(), table.name(), object.name())));
        sql.add("alter table " + table.qualifiedName() + " rename to " + Sql.quote(archivedName));
        return sql;
    }

    @Override
    public Risk risk() {
        return Risk.needsForce(Words.of("reason.archiveEntity", table.schema(), archivedName));
    }

    @Override
    public String brief() {
        return "archive entity " + table.name();
    }
}
