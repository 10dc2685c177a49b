package org.daftar.designer.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.daftar.data.record.WriteContext;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.Problem;
import org.daftar.ui.runtime.RuntimeSnapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PublishingWorkspaceTest {

    static final String TICKET = """
            id: ticket
            fields:
              - {id: title, type: text, required: true, maxLength: 40}
              - {id: region, type: choice, options: [{value: central}, {value: west}]}
            """;
    static final List<DefinitionSource> DESK = WorkspaceFixture.app("desk", TICKET);
    static final WriteContext ADMIN = WriteContext.of("admin", Locale.ENGLISH);

    private final WorkspaceFixture fixture = WorkspaceFixture.start(DESK);

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void publishingANewFieldChangesTheTableAndTheRecordServiceAcceptsItAtOnce() {
        RuntimeSnapshot before = fixture.holder().current();
        List<DefinitionSource> withPhone = WorkspaceFixture.app("desk",
                TICKET + "  - {id: phone, type: phone}\n", "id: note\nfields:\n  - {id: body, type: long-text}\n");

        PublishOutcome outcome = fixture.workspace().publish(withPhone, "Phone on tickets", "admin", ReleaseOrigin.DESIGNER,
                Locale.ENGLISH);

        assertThat(outcome.status()).isEqualTo(PublishOutcome.Status.PUBLISHED);
        assertThat(outcome.message()).isEqualTo("Published version 2. Every screen uses it from its next page.");
        assertThat(outcome.release().orElseThrow().number()).isEqualTo(2);
        RuntimeSnapshot after = fixture.holder().current();
        assertThat(after).isNotSameAs(before);
        assertThat(after.version().number()).isEqualTo(2);
        assertThat(after.definitions().entity("desk", "note")).isPresent();
        Map<String, Object> saved = after.records().create("desk.ticket", Map.of("title", "Printer", "phone", "+966500000000"), ADMIN);
        assertThat(saved).containsEntry("phone", "+966500000000");
        assertThat(fixture.db().queryValue("select phone from desk.ticket where title = 'Printer'")).isEqualTo("+966500000000");
        assertThat(fixture.workspace().published()).isEqualTo(withPhone);
        assertThat(fixture.workspace().releases()).extracting(Release::number, Release::origin, Release::publishedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "designer", "admin"),
                        org.assertj.core.groups.Tuple.tuple(1L, "files", WorkspaceFixture.PROCESS_OWNER));
    }

    @Test
    void renamingAFieldWithTheSameIdKeepsItsValues() {
        fixture.holder().current().records().create("desk.ticket", Map.of("title", "Jam", "region", "west"), ADMIN);
        List<DefinitionSource> renamed = WorkspaceFixture.app("desk", TICKET.replace("{id: region,", "{id: region, name: area,"));

        PublishOutcome outcome = fixture.workspace().publish(renamed, "Region is called area", "admin");

        assertThat(outcome.status()).isEqualTo(PublishOutcome.Status.PUBLISHED);
        assertThat(fixture.db().queryValue("select area from desk.ticket where title = 'Jam'")).isEqualTo("west");
    }

    @Test
    void anUnsafeChangeIsRefusedWithThePlannersReasonAndChangesNothing() {
        fixture.holder().current().records().create("desk.ticket",
                Map.of("title", "A title well over ten characters long"), ADMIN);
        RuntimeSnapshot before = fixture.holder().current();
        List<DefinitionSource> narrower = WorkspaceFixture.app("desk", TICKET.replace("maxLength: 40", "maxLength: 10"));

        PublishOutcome outcome = fixture.workspace().publish(narrower, "Shorter titles", "admin", ReleaseOrigin.DESIGNER,
                Locale.ENGLISH);

        assertThat(outcome.status()).isEqualTo(PublishOutcome.Status.REFUSED);
        String reason = outcome.plan().orElseThrow().refused().getFirst().refusal().orElseThrow().reason();
        assertThat(reason).contains("longer than 10");
        assertThat(outcome.message()).startsWith("Not published: 1 of 1 step(s) would lose or change data").contains(reason)
                .endsWith("Nothing was changed.");
        assertThat(fixture.holder().current()).isSameAs(before);
        assertThat(fixture.workspace().releases()).hasSize(1);
        assertThat(fixture.db().queryValue("select character_maximum_length from information_schema.columns "
                + "where table_schema = 'desk' and table_name = 'ticket' and column_name = 'title'")).isEqualTo(40);
    }

    @Test
    void anArabicAdminIsToldInArabicWhichStepIsRefusedAndWhy() {
        fixture.holder().current().records().create("desk.ticket",
                Map.of("title", "A title well over ten characters long"), ADMIN);
        List<DefinitionSource> narrower = WorkspaceFixture.app("desk", TICKET.replace("maxLength: 40", "maxLength: 10"));

        PublishOutcome outcome = fixture.workspace().publish(narrower, "Shorter titles", "admin", ReleaseOrigin.DESIGNER,
                Locale.of("ar"));

        assertThat(outcome.status()).isEqualTo(PublishOutcome.Status.REFUSED);
        assertThat(outcome.message()).isEqualTo("لم يُنشر: 1 من 1 من الخطوات قد تُفقد البيانات أو تغيّرها: "
                + "تغيير نوع 'title' في ticket من نص (حتى 40 حرفاً) إلى نص (حتى 10 أحرف) — "
                + "النص الأقصر لا يتسع للقيم الأطول، ويحتوي صف واحد على قيمة أطول من 10 أحرف. لم يتغير شيء.");
    }

    @Test
    void turningTextWithWordsIntoANumberIsRefusedAndChangesNothing() {
        List<DefinitionSource> withCode = WorkspaceFixture.app("desk", TICKET + "  - {id: code, type: text}\n");
        fixture.workspace().publish(withCode, "Codes", "admin");
        fixture.holder().current().records().create("desk.ticket", Map.of("title", "Jam", "code", "not a number"), ADMIN);
        RuntimeSnapshot before = fixture.holder().current();

        PublishOutcome outcome = fixture.workspace().publish(
                WorkspaceFixture.app("desk", TICKET + "  - {id: code, type: integer}\n"), "Numeric codes", "admin");

        assertThat(outcome.status()).isEqualTo(PublishOutcome.Status.REFUSED);
        assertThat(outcome.plan().orElseThrow().refused()).isNotEmpty();
        assertThat(fixture.holder().current()).isSameAs(before);
        assertThat(fixture.workspace().releases()).hasSize(2);
        assertThat(fixture.db().queryValue("select code from desk.ticket where title = 'Jam'")).isEqualTo("not a number");
    }

    @Test
    void aVersionThatCannotBeRecordedLeavesTheTablesAsTheyWere() {
        RuntimeSnapshot before = fixture.holder().current();
        fixture.db().execute("""
                create function refuse_release_files() returns trigger language plpgsql as
                  $$ begin raise exception 'disk full (simulated)'; end $$;
                create trigger refuse_release_files before insert on daftar_definition_release_file
                  for each row execute function refuse_release_files();
                """);
        try {
            PublishOutcome outcome = fixture.workspace().publish(
                    WorkspaceFixture.app("desk", TICKET + "  - {id: phone, type: phone}\n"), "Phone on tickets", "admin");

            assertThat(outcome.status()).isEqualTo(PublishOutcome.Status.FAILED);
            assertThat(outcome.message()).contains("disk full (simulated)");
            assertThat(fixture.db().queryValue("select count(*) from information_schema.columns "
                    + "where table_schema = 'desk' and table_name = 'ticket' and column_name = 'phone'")).isEqualTo(0L);
            assertThat(fixture.workspace().releases()).hasSize(1);
            assertThat(fixture.holder().current()).isSameAs(before);
        } finally {
            fixture.db().execute("drop trigger refuse_release_files on daftar_definition_release_file; "
                    + "drop function refuse_release_files()");
        }
    }

    @Test
    void invalidFilesAreNamedAtFileLineAndColumnAndChangeNothing() {
        RuntimeSnapshot before = fixture.holder().current();
        List<DefinitionSource> broken = WorkspaceFixture.with(DESK, "desk/entities/ticket.yaml",
                "kind: entity\nid: ticket\nfields:\n  - {id: title, type: txet}\n");

        PublishOutcome outcome = fixture.workspace().publish(broken, "Typo", "admin", ReleaseOrigin.DESIGNER, Locale.of("ar"));

        assertThat(outcome.status()).isEqualTo(PublishOutcome.Status.INVALID);
        Problem problem = outcome.check().problems().getFirst();
        assertThat(problem.location()).isEqualTo("desk/entities/ticket.yaml");
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isPositive();
        assertThat(outcome.message()).startsWith("لم يُنشر");
        assertThat(outcome.plan()).isEmpty();
        assertThat(fixture.holder().current()).isSameAs(before);
        assertThat(fixture.workspace().releases()).hasSize(1);
    }

    @Test
    void theSameFilesAgainAreUnchanged() {
        PublishOutcome outcome = fixture.workspace().publish(DESK, "Again", "admin", ReleaseOrigin.DESIGNER, Locale.ENGLISH);

        assertThat(outcome.status()).isEqualTo(PublishOutcome.Status.UNCHANGED);
        assertThat(outcome.message()).contains("version 1");
        assertThat(fixture.workspace().releases()).hasSize(1);
    }

    @Test
    void rollingBackPublishesTheOldFilesAsANewVersionWithItsOwnPlan() {
        fixture.holder().current().records().create("desk.ticket", Map.of("title", "Jam", "region", "west"), ADMIN);
        fixture.workspace().publish(WorkspaceFixture.app("desk", TICKET.replace("{id: region,", "{id: region, name: area,")),
                "Region is called area", "admin");

        PublishOutcome outcome = fixture.workspace().rollback(1, "admin");

        assertThat(outcome.status()).isEqualTo(PublishOutcome.Status.PUBLISHED);
        assertThat(outcome.plan().orElseThrow().steps()).singleElement()
                .satisfies(step -> assertThat(step.step().words()).contains("Rename field 'area' to 'region'"));
        Release release = outcome.release().orElseThrow();
        assertThat(release.number()).isEqualTo(3);
        assertThat(release.origin()).isEqualTo("rollback");
        assertThat(release.comment()).isEqualTo("Rolled back to version 1");
        assertThat(fixture.workspace().published()).isEqualTo(DESK);
        assertThat(fixture.db().queryValue("select region from desk.ticket where title = 'Jam'")).isEqualTo("west");
    }

    @Test
    void aRollbackThatWouldLoseDataIsRefusedLikeAnyPublish() {
        fixture.workspace().publish(WorkspaceFixture.app("desk", TICKET + "  - {id: phone, type: phone}\n"), "Phone", "admin");

        PublishOutcome outcome = fixture.workspace().rollback(1, "admin");

        assertThat(outcome.status()).isEqualTo(PublishOutcome.Status.REFUSED);
        assertThat(fixture.holder().current().version().number()).isEqualTo(2);
        assertThat(fixture.workspace().releases()).hasSize(2);
    }

    @Test
    void planSaysWhatPublishingWouldDoWithoutDoingIt() {
        List<DefinitionSource> withPhone = WorkspaceFixture.app("desk", TICKET + "  - {id: phone, type: phone}\n");

        assertThat(fixture.workspace().plan(withPhone).steps()).hasSize(1);
        assertThat(fixture.workspace().plan(withPhone).steps()).hasSize(1);
        assertThat(fixture.holder().current().version().number()).isEqualTo(1);
    }
}
