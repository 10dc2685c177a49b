package org.daftar.data.migration.step;

import java.util.List;
import org.daftar.data.schema.Sql;
import org.daftar.data.schema.TableSpec;

/** An archived (or removed) field purged on request: its column and every value in it are dropped for good. */
public record PurgeField(TableSpec table, String fieldId, String column) implements Step {

    @Override
    public String words() {
        return "Purge field '" + fieldId + "' of " + table.name() + " as asked: drop column " + column + " and every value in it";
    }

    @Override
    public List<String> sql() {
        return List.of("alter table " + table.qualifiedName() + " drop column " + Sql.quote(column));
    }

    @Override
    public String brief() {
        return "purge field " + fieldId + " of " + table.name();
    }
}
