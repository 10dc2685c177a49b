package org.daftar.data.migration.step;

import java.util.List;
import org.daftar.data.migration.words.Words;

/** A unique key, foreign key or index the definitions now want on an existing table. */
public record AddObject(String entityName, SchemaObject object, List<DataCheck> dataChecks) implements Step {

    public AddObject {
        dataChecks = List.copyOf(dataChecks);
    }

    @Override
    public Words wording() {
        return Words.of("step.addObject", object.words(), entityName);
    }

    @Override
    public List<String> sql() {
        return List.of(object.createSql());
    }

    @Override
    public String brief() {
        return "add " + object.kind().words() + " " + object.name();
    }
}
