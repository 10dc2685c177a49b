package org.daftar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.daftar.app.DaftarSpringTest;
import org.daftar.app.DefinitionFolders;
import org.daftar.app.Fixtures;
import org.daftar.app.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** {@code plan} and {@code migrate}, run on databases of the test's embedded PostgreSQL. */
class SchemaCommandsTest extends DaftarSpringTest {

    @Autowired
    EmbeddedPostgres postgres;

    private final Path folder = DefinitionFolders.copyOf(Fixtures.VALID);

    private Settings database() {
        return Settings.of(Map.of("spring.datasource.url", TestDatabases.freshUrl(postgres), "spring.datasource.username", "postgres"));
    }

    private static CliRun run(Settings settings, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = new CommandLine(new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)),
                List.of(new PlanCommand(settings), new MigrateCommand(settings))).run(args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Object value(Settings settings, String sql) {
        var dataSource = new SingleConnectionDataSource(settings.apply("spring.datasource.url"), "postgres", "", true);
        try {
            return new JdbcTemplate(dataSource).queryForObject(sql, Object.class);
        } finally {
            dataSource.destroy();
        }
    }

    @Test
    void planPrintsEachStepInWordsAndSqlAndChangesNothing() {
        Settings database = database();

        CliRun run = run(database, "plan", folder.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains(
                "Definitions: folder " + folder + " (2 apps, 3 tables)",
                "Database: " + database.apply("spring.datasource.url").replaceAll("\\?.*", ""),
                "1. Create schema 'notes' for the tables of app 'notes'",
                "     create schema if not exists \"notes\";",
                "5. Add entity 'product' as table shop.product with 5 fields",
                "     create table \"shop\".\"product\" (",
                "5 steps, all safe. 'java -jar daftar.jar migrate " + folder + "' applies them");
        assertThat(value(database, "select count(*) from pg_namespace where nspname = 'shop'")).isEqualTo(0L);
    }

    @Test
    void migrateAppliesTheSafeStepsAndThenHasNothingToDo() {
        Settings database = database();

        CliRun first = run(database, "migrate", folder.toString());
        CliRun second = run(database, "migrate", folder.toString());

        assertThat(first.exitCode()).as(first.out()).isEqualTo(ExitCode.OK);
        assertThat(first.out()).contains("Applied 5 steps in ", "recorded in flyway_schema_history");
        assertThat(second.out()).contains("Nothing to do: the database matches the definitions.");
        assertThat(value(database, "select count(*) from shop.product")).isEqualTo(0L);
    }

    @Test
    void migrateRefusesAnUnsafePlanWithoutForceAndExitsWithOne() {
        Settings database = database();
        run(database, "migrate", folder.toString());
        DefinitionFolders.removeUnitPrice(folder);

        CliRun refused = run(database, "migrate", folder.toString());
        CliRun forced = run(database, "migrate", folder.toString(), "--force");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.PROBLEMS);
        assertThat(refused.out()).contains(
                "1. Remove field 'unit_price' from product: keep its values, archived in column _archived_unit_price",
                "   Refused: removing a field hides its values from every screen",
                "Nothing was applied: 1 of 1 steps refused. Run 'java -jar daftar.jar migrate " + folder + " --force' to apply them anyway.");
        assertThat(forced.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(value(database, "select count(*) from information_schema.columns where table_name = 'product' "
                + "and column_name = '_archived_unit_price'")).isEqualTo(1L);
    }

    @Test
    void migrateWithPurgeDropsAnArchivedFieldsColumn() {
        Settings database = database();
        run(database, "migrate", folder.toString());
        DefinitionFolders.removeUnitPrice(folder);
        run(database, "migrate", folder.toString(), "--force");

        CliRun purged = run(database, "migrate", folder.toString(), "--purge", "shop.product.unit_price");

        assertThat(purged.exitCode()).as(purged.out()).isEqualTo(ExitCode.OK);
        assertThat(purged.out()).contains("1. Purge field 'unit_price' of product as asked: drop column _archived_unit_price");
        assertThat(value(database, "select count(*) from information_schema.columns where table_name = 'product' "
                + "and column_name = '_archived_unit_price'")).isEqualTo(0L);
    }

    @Test
    void aPurgeOfWhatTheDefinitionsStillHaveIsAUsageError() {
        CliRun run = run(database(), "plan", folder.toString(), "--purge", "shop.product.sku");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Cannot purge 'shop.product.sku': the field is still in the definitions.");
    }

    @Test
    void planReachesTheRunningServersEmbeddedDatabaseThroughTheDataFolder() {
        CliRun run = run(Settings.of(Map.of("daftar.data-dir", DATA_DIR.toString())), "plan", Fixtures.VALID.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Database: the embedded database in " + DATA_DIR.resolve("postgres") + " (of the running server)",
                "Nothing to do: the database matches the definitions.");
    }
}
