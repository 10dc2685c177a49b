package org.daftar.data.migration.step;

import java.util.List;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.TableSpec.TableRef;

/** An archived (or removed) entity purged on request: its table and every record in it are dropped for good. */
public record PurgeEntity(String entityId, TableRef table) implements Step {

    @Override
    public Words wording() {
        return Words.of("step.purgeEntity", entityId, table.schema(), table.toString());
    }

    @Override
    public List<String> sql() {
        return List.of("drop table " + table.qualifiedName());
    }

    @Override
    public String brief() {
        return "purge entity " + entityId;
    }
}
