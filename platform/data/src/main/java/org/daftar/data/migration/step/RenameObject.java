package org.daftar.data.migration.step;

import java.util.List;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.TableSpec;

/** An index or constraint that is what the definitions want under another name. */
public record RenameObject(TableSpec table, ObjectRename rename) implements Step {

    @Override
    public Words wording() {
        return Words.of("step.renameObject", rename.kind().wording(), rename.from(), rename.to(), table.name());
    }

    @Override
    public List<String> sql() {
        return List.of(rename.sql(table.schema(), table.name()));
    }

    @Override
    public String brief() {
        return "rename " + rename.kind().words() + " " + rename.from();
    }
}
