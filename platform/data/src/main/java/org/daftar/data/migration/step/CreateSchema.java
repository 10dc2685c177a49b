package org.daftar.data.migration.step;

import java.util.List;
import org.daftar.data.migration.words.Words;
import org.daftar.data.schema.Ddl;

/** A new app: the PostgreSQL schema its tables live in. */
public record CreateSchema(String appId) implements Step {

    @Override
    public Words wording() {
        return Words.of("step.createSchema", appId);
    }

    @Override
    public List<String> sql() {
        return List.of(Ddl.createSchema(appId));
    }

    @Override
    public String brief() {
        return "create schema " + appId;
    }
}
