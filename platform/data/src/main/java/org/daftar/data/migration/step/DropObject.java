package org.daftar.data.migration.step;

import java.util.List;
import org.daftar.data.migration.live.LiveObject;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.TableSpec;

/** A unique key, foreign key or index Daftar made that the definitions no longer want: dropping it loses no data. */
public record DropObject(TableSpec table, LiveObject object) implements Step {

    @Override
    public Words wording() {
        return Words.of("step.dropObject", object.kind().wording(), object.name(), table.name());
    }

    @Override
    public List<String> sql() {
        return List.of(object.kind().dropSql(table.schema(), table.name(), object.name()));
    }

    @Override
    public String brief() {
        return "drop " + object.kind().words() + " " + object.name();
    }
}
