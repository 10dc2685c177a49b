package org.daftar.data.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.daftar.data.migration.desired.DesiredSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArchiveAndPurgeTest {

    static final String TICKET = """
            id: ticket
            fields:
              - {id: title, type: text, required: true}
              - {id: fax, type: phone, required: true, unique: true}
            """;
    static final String TICKET_WITHOUT_FAX = """
            id: ticket
            fields:
              - {id: title, type: text, required: true}
            """;
    static final String NOTE = """
            id: note
            fields:
              - {id: body, type: long-text}
            """;

    private final MigrationFixture db = new MigrationFixture();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aRemovedFieldIsRefusedUnlessForcedThenArchivedWithItsValues() {
        db.applied(AppYaml.app("support", TICKET));
        db.execute("insert into support.ticket (title, fax, created_by) values ('Jam', '+966 11 000 0000', 'test')");

        MigrationResult refused = db.migrate(AppYaml.app("support", TICKET_WITHOUT_FAX));
        MigrationResult forced = db.migrateForced(AppYaml.app("support", TICKET_WITHOUT_FAX));

        assertThat(refused.plan().text()).contains(
                "1. Remove field 'fax' from ticket: keep its values, archived in column _archived_fax",
                "drop index \"support\".\"ticket_fax_key\";",
                "alter table \"support\".\"ticket\" rename column \"fax\" to \"_archived_fax\";",
                "Refused: removing a field hides its values from every screen (they are kept in the archived column _archived_fax).",
                "To proceed: run 'migrate --force' to apply it anyway.");
        assertThat(forced.status()).isEqualTo(MigrationResult.Status.APPLIED);
        assertThat(db.columns("support", "ticket")).contains("_archived_fax").doesNotContain("fax");
        assertThat(db.value("select _archived_fax from support.ticket")).isEqualTo("+966 11 000 0000");
        assertThat(db.value("select archived_at is not null from daftar_schema_field where field_id = 'fax'")).isEqualTo(true);
        db.execute("insert into support.ticket (title, created_by) values ('New', 'test')");
        assertThat(db.plan(AppYaml.app("support", TICKET_WITHOUT_FAX)).isEmpty()).isTrue();
    }

    @Test
    void anArchivedFieldThatComesBackHasItsValuesBack() {
        db.applied(AppYaml.app("support", TICKET));
        db.execute("insert into support.ticket (title, fax, created_by) values ('Jam', '+966 11 000 0000', 'test')");
        db.migrateForced(AppYaml.app("support", TICKET_WITHOUT_FAX));

        Plan plan = db.plan(AppYaml.app("support", TICKET));
        db.applied(AppYaml.app("support", TICKET));

        assertThat(MigrationFixture.words(plan)).containsExactly(
                "Restore field 'fax' on ticket from its archived column _archived_fax (its values come back)",
                "Make 'fax' on ticket required",
                "Add unique key (fax) to ticket");
        assertThat(db.value("select fax from support.ticket")).isEqualTo("+966 11 000 0000");
    }

    @Test
    void aPurgeDropsTheArchivedColumnOnlyWhenAskedFor() {
        db.applied(AppYaml.app("support", TICKET));
        db.migrateForced(AppYaml.app("support", TICKET_WITHOUT_FAX));

        Plan plan = db.migrator.plan(AppYaml.app("support", TICKET_WITHOUT_FAX), MigrationOptions.defaults().purging("support.ticket.fax"));
        db.migrator.migrate(AppYaml.app("support", TICKET_WITHOUT_FAX), MigrationOptions.defaults().purging("support.ticket.fax"));

        assertThat(MigrationFixture.words(plan)).containsExactly(
                "Purge field 'fax' of ticket as asked: drop column _archived_fax and every value in it");
        assertThat(db.columns("support", "ticket")).doesNotContain("_archived_fax");
        assertThat(db.value("select count(*) from daftar_schema_field where field_id = 'fax'")).isEqualTo(0L);
    }

    @Test
    void aPurgeOfAFieldStillInTheDefinitionsIsAnError() {
        db.applied(AppYaml.app("support", TICKET));

        assertThatThrownBy(() -> db.migrator.plan(AppYaml.app("support", TICKET), MigrationOptions.defaults().purging("support.ticket.fax")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot purge 'support.ticket.fax': the field is still in the definitions.");
    }

    @Test
    void aRemovedEntityIsArchivedWithItsRecordsThenPurgedWhenAskedFor() {
        db.applied(AppYaml.app("support", TICKET_WITHOUT_FAX, NOTE));
        db.execute("insert into support.note (body, created_by) values ('Call back', 'test')");
        DesiredSchema withoutNote = AppYaml.app("support", TICKET_WITHOUT_FAX);

        MigrationResult refused = db.migrate(withoutNote);
        db.migrateForced(withoutNote);
        Plan purge = db.migrator.plan(withoutNote, MigrationOptions.defaults().purging("support.note"));
        db.migrator.migrate(withoutNote, MigrationOptions.defaults().purging("support.note"));

        assertThat(MigrationFixture.words(refused.plan())).containsExactly(
                "Remove entity 'note' from app 'support': keep its table and records, archived as support._archived_note");
        assertThat(refused.status()).isEqualTo(MigrationResult.Status.REFUSED);
        assertThat(MigrationFixture.words(purge)).containsExactly(
                "Purge entity 'note' of app 'support' as asked: drop table support._archived_note and every record in it");
        assertThat(db.value("select to_regclass('support._archived_note')")).isNull();
    }

    @Test
    void anArchivedEntityFreesItsNameForANewOne() {
        db.applied(AppYaml.app("support", TICKET_WITHOUT_FAX, NOTE));
        db.execute("insert into support.note (body, created_by) values ('Call back', 'test')");
        String newNote = """
                id: memo
                name: note
                fields:
                  - {id: text, type: text}
                """;

        db.migrateForced(AppYaml.app("support", TICKET_WITHOUT_FAX, newNote));

        assertThat(db.value("select body from support._archived_note")).isEqualTo("Call back");
        assertThat(db.columns("support", "note")).contains("text").doesNotContain("body");
    }
}
