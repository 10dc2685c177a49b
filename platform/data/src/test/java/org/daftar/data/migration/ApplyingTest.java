package org.daftar.data.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.daftar.data.migration.desired.DesiredSchema;
import org.daftar.data.schema.TableSpecs;
import org.daftar.model.link.FieldTypes;
import org.daftar.testsupport.ShopFixture;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApplyingTest {

    static final String TICKET = """
            id: ticket
            fields:
              - {id: title, type: text, required: true, maxLength: 20}
              - {id: body, type: text}
            """;
    static final String TICKET_V2 = """
            id: ticket
            fields:
              - {id: title, type: text, required: true, maxLength: 40}
              - {id: body, name: details, type: text}
              - {id: channel, type: choice, options: [{value: phone}, {value: email}]}
            """;

    private final MigrationFixture db = new MigrationFixture();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aMigrationFailingHalfWayLeavesTheSchemaAndTheDataAsTheyWere() {
        db.applied(AppYaml.app("support", TICKET));
        db.execute("insert into support.ticket (title, body, created_by) values ('Jam', 'Tray 2', 'test')");
        db.execute("create view public.ticket_titles as select title from support.ticket"); // blocks changing title's type
        long historyBefore = (Long) db.value("select count(*) from flyway_schema_history");
        Object metadataBefore = db.value("select string_agg(field_id || '=' || column_name, ',' order by field_id) from daftar_schema_field");

        assertThatThrownBy(() -> db.migrate(AppYaml.app("support", TICKET_V2)))
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageStartingWith("Step 3 of 3 failed (Widen 'title' on ticket from text (up to 20 characters) to text (up to 40 characters)): "
                        + "ERROR: cannot alter type of a column used by a view or rule")
                .hasMessageEndingWith("Nothing was applied: the database is as it was before.");

        assertThat(db.columns("support", "ticket")).contains("body").doesNotContain("details", "channel");
        assertThat(db.value("select body from support.ticket where title = 'Jam'")).isEqualTo("Tray 2");
        assertThat(db.value("select string_agg(field_id || '=' || column_name, ',' order by field_id) from daftar_schema_field"))
                .isEqualTo(metadataBefore);
        assertThat(db.value("select count(*) from flyway_schema_history")).isEqualTo(historyBefore);
    }

    @Test
    void twoNodesMigratingAtOnceApplyThePlanOnce() throws Exception {
        db.applied(AppYaml.app("support", TICKET));
        DesiredSchema v2 = AppYaml.app("support", TICKET_V2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        List<MigrationResult> results;
        try (Connection holder = db.database.dataSource().getConnection(); Statement statement = holder.createStatement()) {
            holder.setAutoCommit(false);
            statement.execute("select pg_advisory_xact_lock(" + AdvisoryLock.KEY + ")");
            Future<MigrationResult> first = nodes.submit(() -> db.migrate(v2));
            Future<MigrationResult> second = nodes.submit(() -> db.migrate(v2));
            waitUntilWaitingForTheLock(2);
            holder.commit(); // both nodes now race for the lock
            results = List.of(first.get(), second.get());
        } finally {
            nodes.shutdown();
        }

        assertThat(results).extracting(MigrationResult::status)
                .containsExactlyInAnyOrder(MigrationResult.Status.APPLIED, MigrationResult.Status.UP_TO_DATE);
        assertThat(db.value("select count(*) from flyway_schema_history where type = 'CUSTOM'")).isEqualTo(2L);
        assertThat(db.columns("support", "ticket")).contains("details", "channel");
    }

    @Test
    void anAppliedPlanIsRecordedInFlywaysHistoryAndFlywayStillMigratesAfterwards() {
        db.applied(AppYaml.app("support", TICKET));
        db.applied(AppYaml.app("support", TICKET_V2));

        assertThat(db.value("select count(*) from flyway_schema_history where type = 'CUSTOM' and version is null and success "
                + "and description = 'definitions: 3 steps: rename field body to details on ticket, add field channel to ticket, "
                + "widen title on ticket' and script like 'daftar definitions plan %' and checksum is not null")).isEqualTo(1L);
        assertThat((String) db.value("select p.plan_text from daftar_schema_plan p join flyway_schema_history h "
                + "on h.installed_rank = p.history_rank where h.description like '%add field channel%'"))
                .startsWith("1. Rename field 'body' to 'details' on ticket (its values are kept)\n");
        PlatformMigrations.migrate(db.database.dataSource());
        PlatformMigrations.configure(Flyway.configure().dataSource(db.database.dataSource()).locations(PlatformMigrations.LOCATION))
                .load().validate();
        assertThatThrownBy(() -> Flyway.configure().dataSource(db.database.dataSource()).locations(PlatformMigrations.LOCATION)
                .load().validate())
                .as("without the ignore patterns, Flyway would refuse the plans' rows")
                .hasMessageContaining("Detected applied migration not resolved locally: definitions: 2 steps: create schema support, add entity ticket");
    }

    @Test
    void planningAgainAfterApplyingFindsNothingToDo() {
        DesiredSchema shop = DesiredSchema.of(ShopFixture.definitions(), new FieldTypes(List.of()));

        MigrationResult first = db.migrate(shop);
        MigrationResult second = db.migrate(shop);

        assertThat(first.status()).isEqualTo(MigrationResult.Status.APPLIED);
        assertThat(second.status()).isEqualTo(MigrationResult.Status.UP_TO_DATE);
        assertThat(db.plan(shop).text()).isEqualTo(PlanText.NOTHING_TO_DO + "\n");
        assertThat(db.value("select count(*) from information_schema.tables where table_schema = 'shop'"))
                .isEqualTo((long) new TableSpecs(ShopFixture.definitions(), new FieldTypes(List.of())).all().size());
    }

    @Test
    void planningChangesNothing() {
        DesiredSchema ticket = AppYaml.app("support", TICKET);

        Plan plan = db.plan(ticket);

        assertThat(plan.isEmpty()).isFalse();
        assertThat(db.value("select to_regnamespace('support')")).isNull();
    }

    private void waitUntilWaitingForTheLock(int sessions) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            Object waiting = db.value("select count(*) from pg_locks where locktype = 'advisory' and not granted");
            if (((Long) waiting) >= sessions) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("The two migrations never waited for the lock");
    }
}
