package org.daftar.app.schema;

import javax.sql.DataSource;
import org.daftar.app.definitions.LoadedDefinitions;
import org.daftar.data.migration.PlatformMigrations;
import org.daftar.data.migration.SchemaMigrator;
import org.daftar.data.migration.desired.DesiredSchema;
import org.daftar.model.link.FieldTypes;
import org.daftar.plugin.Plugins;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The definitions' tables at start-up, in this order: Flyway runs the platform's migrations
 * ({@code flywayInitializer}), the definitions are loaded ({@code loadedDefinitions}), then
 * {@code definitionsSchema} plans and applies what the tables need.
 */
@Configuration(proxyBeanMethods = false)
public class SchemaConfiguration {

    /** Lets Flyway validate a history that holds the definitions' plans beside its own migrations. */
    @Bean
    FlywayConfigurationCustomizer definitionsPlansInFlywayHistory() {
        return PlatformMigrations::configure;
    }

    @Bean(DefinitionsSchema.BEAN)
    DefinitionsSchema definitionsSchema(DataSource dataSource, LoadedDefinitions loaded, Plugins plugins,
            ObjectProvider<FlywayMigrationInitializer> flyway) {
        flyway.ifAvailable(initializer -> {
            // created (and so run) before the plan: the planner needs the platform's tables
        });
        DesiredSchema desired = DesiredSchema.of(loaded.definitions(), new FieldTypes(plugins.fieldTypes()));
        return new SchemaAtStart(new SchemaMigrator(dataSource)).migrate(desired, loaded.origin());
    }
}
