package org.daftar.app.schema;

import java.nio.file.Path;
import org.daftar.app.definitions.DefinitionOrigin;
import org.daftar.data.migration.MigrationOptions;
import org.daftar.data.migration.MigrationResult;
import org.daftar.data.migration.PlannedStep;
import org.daftar.data.migration.SchemaMigrator;
import org.daftar.data.migration.desired.DesiredSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the tables match the definitions at start-up: applies a safe plan, logging each step in
 * words, and refuses an unsafe one with {@link UnsafeSchemaChangeException}.
 */
final class SchemaAtStart {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaAtStart.class);

    private final SchemaMigrator migrator;

    SchemaAtStart(SchemaMigrator migrator) {
        this.migrator = migrator;
    }

    DefinitionsSchema migrate(DesiredSchema desired, DefinitionOrigin origin) {
        MigrationResult result = migrator.migrate(desired, MigrationOptions.defaults());
        switch (result.status()) {
            case REFUSED -> throw new UnsafeSchemaChangeException(result.plan(), commandArguments(origin));
            case APPLIED -> {
                StringBuilder steps = new StringBuilder();
                for (PlannedStep step : result.plan().steps()) {
                    steps.append("\n  ").append(step.number()).append(". ").append(step.step().words());
                }
                LOG.info("Definitions' tables: applied {} in {} ms:{}", result.plan().steps().size() == 1 ? "1 step"
                        : result.plan().steps().size() + " steps", result.millis(), steps);
            }
            case UP_TO_DATE -> LOG.info("Definitions' tables: {} tables match the definitions", desired.tables().size());
        }
        return DefinitionsSchema.of(desired, result);
    }

    /** What {@code plan} and {@code migrate} need to read the definitions the server read. */
    static String commandArguments(DefinitionOrigin origin) {
        if (origin instanceof DefinitionOrigin.Folders folders && folders.folders().size() == 1) {
            Path folder = folders.folders().getFirst();
            return " " + folder;
        }
        return "";
    }
}
