package org.daftar.data.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.daftar.data.migration.desired.DesiredSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChoicesAndRequiredTest {

    private final MigrationFixture db = new MigrationFixture();

    @AfterEach
    void close() {
        db.close();
    }

    private static DesiredSchema ticket(String options, boolean titleRequired) {
        return AppYaml.app("support", """
                id: ticket
                fields:
                  - {id: title, type: text, required: %s}
                  - {id: channel, type: choice, options: [%s]}
                """.formatted(titleRequired, options));
    }

    @Test
    void addingAnOptionIsSafe() {
        db.applied(ticket("{value: phone}, {value: email}", false));

        Plan plan = db.plan(ticket("{value: phone}, {value: email}, {value: chat}", false));
        db.applied(ticket("{value: phone}, {value: email}, {value: chat}", false));

        assertThat(MigrationFixture.words(plan)).containsExactly("Change the options of 'channel' on ticket: add 'chat'");
        db.execute("insert into support.ticket (channel, created_by) values ('chat', 'test')");
    }

    @Test
    void removingAnOptionThatRecordsHoldIsRefused() {
        db.applied(ticket("{value: phone}, {value: email}, {value: walk-in}", false));
        db.execute("insert into support.ticket (channel, created_by) values ('walk-in', 'test'), ('walk-in', 'test'), ('phone', 'test')");

        MigrationResult result = db.migrate(ticket("{value: phone}, {value: email}", false));

        assertThat(result.status()).isEqualTo(MigrationResult.Status.REFUSED);
        assertThat(result.plan().text()).contains(
                "1. Change the options of 'channel' on ticket: remove 'walk-in'",
                "Refused: 2 rows hold an option that is no longer listed (removed: 'walk-in').",
                "To proceed: Change those records to one of the remaining options first. Then run 'migrate' again.");
    }

    @Test
    void removingAnOptionNoRecordHoldsIsApplied() {
        db.applied(ticket("{value: phone}, {value: email}, {value: walk-in}", false));
        db.execute("insert into support.ticket (channel, created_by) values ('phone', 'test')");

        db.applied(ticket("{value: phone}, {value: email}", false));

        assertThat(db.value("select pg_get_constraintdef(oid) from pg_constraint where conname = 'ticket_channel_check1'"))
                .asString().doesNotContain("walk-in");
    }

    @Test
    void makingAFieldRequiredIsRefusedWhileRecordsHaveNoValue() {
        db.applied(ticket("{value: phone}", false));
        db.execute("insert into support.ticket (title, created_by) values (null, 'test'), ('Jam', 'test')");

        MigrationResult refused = db.migrate(ticket("{value: phone}", true));
        db.execute("update support.ticket set title = 'Untitled' where title is null");
        MigrationResult applied = db.migrate(ticket("{value: phone}", true));

        assertThat(MigrationFixture.words(refused.plan())).containsExactly("Make 'title' on ticket required");
        assertThat(refused.plan().refused().getFirst().refusal().orElseThrow().reason()).isEqualTo("1 row has no value for 'title'");
        assertThat(applied.status()).isEqualTo(MigrationResult.Status.APPLIED);
    }

    @Test
    void makingAFieldOptionalIsSafe() {
        db.applied(ticket("{value: phone}", true));

        Plan plan = db.plan(ticket("{value: phone}", false));

        assertThat(MigrationFixture.words(plan)).containsExactly("Make 'title' on ticket optional");
        assertThat(plan.isSafe()).isTrue();
    }

    @Test
    void oneChoiceBecomingSeveralKeepsEachValue() {
        db.applied(ticket("{value: phone}, {value: email}", false));
        db.execute("insert into support.ticket (channel, created_by) values ('email', 'test')");
        DesiredSchema multiple = AppYaml.app("support", """
                id: ticket
                fields:
                  - {id: title, type: text}
                  - {id: channel, type: choice, multiple: true, options: [{value: phone}, {value: email}]}
                """);

        db.applied(multiple);

        assertThat(db.value("select array_to_string(channel, ',') from support.ticket")).isEqualTo("email");
        assertThat(db.plan(multiple).isEmpty()).isTrue();
    }
}
