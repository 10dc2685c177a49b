package org.daftar.app.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import javax.sql.DataSource;
import org.daftar.app.DaftarSpringTest;
import org.daftar.app.Fixtures;
import org.daftar.app.TestDatabases;
import org.daftar.app.definitions.DefinitionOrigin;
import org.daftar.app.definitions.DefinitionsReader;
import org.daftar.app.definitions.LoadedDefinitions;
import org.daftar.data.migration.MigrationOptions;
import org.daftar.data.migration.MigrationResult;
import org.daftar.data.migration.PlatformMigrations;
import org.daftar.data.migration.SchemaMigrator;
import org.daftar.data.migration.desired.DesiredSchema;
import org.daftar.model.link.FieldTypes;
import org.daftar.plugin.Plugins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The built-in apps (with the iban plugin's field type) become tables on an empty database, and then match them. */
class BuiltInAppsSchemaTest extends DaftarSpringTest {

    @Autowired
    EmbeddedPostgres postgres;

    @Test
    void theBuiltInAppsTablesAreMadeFromScratchAndThenMatchTheDefinitions() {
        Plugins plugins = Plugins.load();
        LoadedDefinitions builtIn = new DefinitionsReader(plugins.fieldTypes())
                .read(new DefinitionOrigin.Folders(List.of(Fixtures.repositoryRoot().resolve("definitions"))));
        DesiredSchema desired = DesiredSchema.of(builtIn.definitions(), new FieldTypes(plugins.fieldTypes()));
        DataSource dataSource = TestDatabases.fresh(postgres);
        PlatformMigrations.migrate(dataSource);
        SchemaMigrator migrator = new SchemaMigrator(dataSource);

        MigrationResult result = migrator.migrate(desired, MigrationOptions.defaults());

        assertThat(result.status()).as(result.plan().text()).isEqualTo(MigrationResult.Status.APPLIED);
        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from information_schema.tables "
                + "where table_schema = any(?)", Integer.class, (Object) desired.appIds().toArray(String[]::new)))
                .isEqualTo(builtIn.definitions().entityCount());
        assertThat(migrator.plan(desired, MigrationOptions.defaults()).text()).isEqualTo("Nothing to do: the database matches the definitions.\n");
    }
}
