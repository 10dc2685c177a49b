package org.daftar.app.schema;

import org.daftar.data.migration.MigrationResult;
import org.daftar.data.migration.Plan;
import org.daftar.data.migration.desired.DesiredSchema;

/**
 * The bean {@code definitionsSchema}: the database's tables match the definitions. It exists only
 * once the start-up plan was applied (or there was nothing to do), so a bean that reads or writes
 * records depends on it:
 *
 * <pre>{@code
 * @Bean
 * SampleDataLoader sampleData(DefinitionsSchema schema, ...) { ... }   // or @DependsOn("definitionsSchema")
 * }</pre>
 *
 * @param desired the tables the definitions want (and now have)
 * @param plan what was applied at this start; empty when the tables already matched
 * @param millis how long applying it took
 */
public record DefinitionsSchema(DesiredSchema desired, Plan plan, long millis) {

    /** The bean's name. */
    public static final String BEAN = "definitionsSchema";

    static DefinitionsSchema of(DesiredSchema desired, MigrationResult result) {
        return new DefinitionsSchema(desired, result.plan(), result.millis());
    }

    /** True when this start changed the database. */
    public boolean changed() {
        return !plan.isEmpty();
    }

    /** {@code 31 tables; applied 2 steps: add field channel to ticket, ...} or {@code 31 tables, unchanged}. */
    public String summary() {
        int tables = desired.tables().size();
        return tables + (tables == 1 ? " table" : " tables") + (changed() ? "; applied " + plan.summary() : ", unchanged");
    }
}
