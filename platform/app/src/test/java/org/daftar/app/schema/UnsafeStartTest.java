package org.daftar.app.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.daftar.app.DaftarSpringTest;
import org.daftar.app.DefinitionFolders;
import org.daftar.app.Fixtures;
import org.daftar.app.TestDatabases;
import org.daftar.app.definitions.DefinitionOrigin;
import org.daftar.app.definitions.DefinitionsReader;
import org.daftar.app.definitions.LoadedDefinitions;
import org.daftar.app.live.LiveDefinitionsConfiguration;
import org.daftar.designer.publish.ReleaseStore;
import org.daftar.designer.publish.StartupRule;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.ui.runtime.RuntimeFactory;
import org.daftar.data.migration.PlatformMigrations;
import org.daftar.data.migration.desired.DesiredSchema;
import org.daftar.model.link.FieldTypes;
import org.daftar.plugin.Plugins;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;

class UnsafeStartTest extends DaftarSpringTest {

    @Autowired
    EmbeddedPostgres postgres;

    private static final Plugins PLUGINS = Plugins.load();

    private static LoadedDefinitions read(Path folder) {
        return new DefinitionsReader(PLUGINS.fieldTypes()).read(new DefinitionOrigin.Folders(List.of(folder)));
    }

    /** The start-up rule on a fresh database, as the server applies it. */
    private record Start(DataSource dataSource, StartupRule rule) {

        DefinitionsSchema migrate(LoadedDefinitions loaded) {
            StartupRule.Start start = LiveDefinitionsConfiguration.start(rule, loaded);
            return new DefinitionsSchema(DesiredSchema.of(start.snapshot().definitions(), new FieldTypes(PLUGINS.fieldTypes())),
                    start.migration().plan(), start.migration().millis());
        }
    }

    private Start startOnAFreshDatabase() {
        DataSource dataSource = TestDatabases.fresh(postgres);
        PlatformMigrations.migrate(dataSource);
        DefinitionLoader loader = new DefinitionsReader(PLUGINS.fieldTypes()).loader();
        return new Start(dataSource, new StartupRule(loader, new RuntimeFactory(dataSource, loader.fieldTypes()),
                new ReleaseStore(dataSource)));
    }

    @Test
    void aSafePlanIsAppliedAtStart() {
        Start start = startOnAFreshDatabase();
        LoadedDefinitions valid = read(Fixtures.VALID);

        DefinitionsSchema schema = start.migrate(valid);
        DefinitionsSchema again = start.migrate(valid);

        assertThat(schema.changed()).isTrue();
        assertThat(schema.summary()).isEqualTo("3 tables; applied 5 steps: create schema notes, create schema shop, add entity note, add entity supplier, "
                + "add entity product");
        assertThat(again.summary()).isEqualTo("3 tables, unchanged");
    }

    @Test
    void anUnsafePlanStopsTheStartSayingWhyAndWhichCommandToRun() {
        Start start = startOnAFreshDatabase();
        Path folder = DefinitionFolders.copyOf(Fixtures.VALID);
        start.migrate(read(folder));
        DefinitionFolders.removeUnitPrice(folder);
        LoadedDefinitions changed = read(folder);

        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> start.migrate(changed));
        FailureAnalysis analysis = new UnsafeSchemaChangeFailureAnalyzer()
                .analyze(new BeanCreationException("definitionsSchema", "failed", failure));

        assertThat(failure).isInstanceOf(UnsafeSchemaChangeException.class);
        assertThat(analysis.getDescription()).contains(
                "Daftar did not start: the definitions need changes to the database that are not safe to make at start-up "
                        + "(1 of 1 steps refused). Nothing was changed.",
                "1. Remove field 'unit_price' from product: keep its values, archived in column _archived_unit_price",
                "Refused: removing a field hides its values from every screen");
        assertThat(analysis.getAction()).contains("'java -jar daftar.jar plan " + folder + "'",
                "'java -jar daftar.jar migrate " + folder + " --force'");
        assertThatThrownBy(() -> start.migrate(changed)).isInstanceOf(UnsafeSchemaChangeException.class);
    }
}
