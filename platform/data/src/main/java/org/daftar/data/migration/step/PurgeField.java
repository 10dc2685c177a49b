package org.daftar.data.migration.step;

import java.util.List;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.Sql;
import org.daftar.data.schema.TableSpec;

/** An archived (or removed) field purged on request: its column and every value in it are dropped for good. */
public record PurgeField(TableSpec table, String fieldId, String column) implements Step {

    @Override
    public Words wording() {
        return Words.of("step.purgeField", fieldId, table.name(), column);
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
