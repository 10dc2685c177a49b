package org.daftar.app.schema;

import org.daftar.data.migration.MigrationResult;
import org.daftar.data.migration.PlannedStep;
import org.daftar.data.migration.PlatformMigrations;
import org.daftar.data.migration.desired.DesiredSchema;
import org.daftar.designer.publish.StartupRule;
import org.daftar.model.load.DefinitionLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The definitions' tables at start-up, in this order: Flyway runs the platform's migrations
 * ({@code flywayInitializer}), the definitions are loaded ({@code loadedDefinitions}), the
 * start-up rule plans and applies what the tables need ({@code definitionsAtStart}), then
 * {@code definitionsSchema} says what the tables are now.
 */
@Configuration(proxyBeanMethods = false)
public class SchemaConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaConfiguration.class);

    /** Lets Flyway validate a history that holds the definitions' plans beside its own migrations. */
    @Bean
    FlywayConfigurationCustomizer definitionsPlansInFlywayHistory() {
        return PlatformMigrations::configure;
    }

    @Bean(DefinitionsSchema.BEAN)
    DefinitionsSchema definitionsSchema(StartupRule.Start definitionsAtStart, DefinitionLoader definitionLoader) {
        MigrationResult result = definitionsAtStart.migration();
        DesiredSchema desired = DesiredSchema.of(definitionsAtStart.snapshot().definitions(), definitionLoader.fieldTypes());
        if (result.applied()) {
            StringBuilder steps = new StringBuilder();
            for (PlannedStep step : result.plan().steps()) {
                steps.append("\n  ").append(step.number()).append(". ").append(step.step().words());
            }
            LOG.info("Definitions' tables: applied {} in {} ms:{}", result.plan().steps().size() == 1 ? "1 step"
                    : result.plan().steps().size() + " steps", result.millis(), steps);
        } else {
            LOG.info("Definitions' tables: {} tables match the definitions", desired.tables().size());
        }
        return DefinitionsSchema.of(desired, result);
    }
}
