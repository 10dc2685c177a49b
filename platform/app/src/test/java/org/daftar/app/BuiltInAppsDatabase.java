package org.daftar.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import javax.sql.DataSource;
import org.daftar.app.definitions.DefinitionOrigin;
import org.daftar.app.definitions.DefinitionsReader;
import org.daftar.data.migration.MigrationOptions;
import org.daftar.data.migration.MigrationResult;
import org.daftar.data.migration.PlatformMigrations;
import org.daftar.data.migration.SchemaMigrator;
import org.daftar.data.migration.desired.DesiredSchema;
import org.daftar.data.record.RecordService;
import org.daftar.data.record.sample.SampleDataLoader;
import org.daftar.model.Definitions;
import org.daftar.model.link.FieldTypes;
import org.daftar.plugin.Plugins;

/**
 * The built-in apps of {@code definitions/} on a fresh database of the test JVM's PostgreSQL, with
 * their tables and sample data: what a new installation starts with. Made once per JVM.
 */
public record BuiltInAppsDatabase(Definitions definitions, FieldTypes fieldTypes, DataSource dataSource) {

    private static BuiltInAppsDatabase shared;

    public static synchronized BuiltInAppsDatabase get(EmbeddedPostgres postgres) {
        if (shared == null) {
            shared = create(postgres);
        }
        return shared;
    }

    private static BuiltInAppsDatabase create(EmbeddedPostgres postgres) {
        Plugins plugins = Plugins.load();
        Definitions definitions = new DefinitionsReader(plugins.fieldTypes())
                .read(new DefinitionOrigin.Folders(List.of(Fixtures.repositoryRoot().resolve("definitions"))))
                .definitions();
        FieldTypes fieldTypes = new FieldTypes(plugins.fieldTypes());
        DataSource dataSource = TestDatabases.fresh(postgres);
        PlatformMigrations.migrate(dataSource);
        MigrationResult migrated = new SchemaMigrator(dataSource)
                .migrate(DesiredSchema.of(definitions, fieldTypes), MigrationOptions.defaults());
        if (migrated.status() != MigrationResult.Status.APPLIED) {
            throw new IllegalStateException("The built-in apps' tables were not made:\n" + migrated.plan().text());
        }
        RecordService records = RecordService.builder(dataSource, definitions).fieldTypes(fieldTypes).build();
        new SampleDataLoader(records, definitions, fieldTypes).loadOnce("test");
        return new BuiltInAppsDatabase(definitions, fieldTypes, dataSource);
    }
}
