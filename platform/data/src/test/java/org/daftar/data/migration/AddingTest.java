package org.daftar.data.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.daftar.data.migration.desired.DesiredSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AddingTest {

    static final String CUSTOMER = """
            id: customer
            naturalKey: [code]
            fields:
              - {id: code, type: text, required: true, maxLength: 10}
              - {id: name, type: text, required: true}
            """;
    static final String TICKET = """
            id: ticket
            fields:
              - {id: title, type: text, required: true, maxLength: 200}
              - {id: customer, type: reference, entity: customer}
            """;
    static final String TICKET_WITH_CHANNEL = """
            id: ticket
            fields:
              - {id: title, type: text, required: true, maxLength: 200}
              - {id: customer, type: reference, entity: customer}
              - {id: channel, type: choice, options: [{value: phone}, {value: email}, {value: walk-in}]}
            """;

    private final MigrationFixture db = new MigrationFixture();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void addingAnEntityCreatesItsTableWithKeysForeignKeysAndIndexes() {
        DesiredSchema target = AppYaml.app("support", CUSTOMER, TICKET);

        Plan plan = db.plan(target);

        assertThat(MigrationFixture.words(plan)).containsExactly(
                "Create schema 'support' for the tables of app 'support'",
                "Add entity 'customer' as table support.customer with 2 fields",
                "Add entity 'ticket' as table support.ticket with 2 fields");
        assertThat(plan.isSafe()).isTrue();
        db.applied(target);
        assertThat(db.columns("support", "ticket")).contains("id", "version", "title", "customer", "deleted_at");
        assertThat(db.value("select count(*) from pg_indexes where schemaname = 'support' and indexname = 'customer_code_key'"))
                .isEqualTo(1L);
        assertThatThrownBy(() -> db.execute("insert into support.ticket (title, customer, created_by) values ('T', 42, 'test')"))
                .hasMessageContaining("ticket_customer_fkey");
    }

    @Test
    void addingAFieldAddsItsColumnWithItsChecks() {
        db.applied(AppYaml.app("support", CUSTOMER, TICKET));
        db.execute("insert into support.ticket (title, created_by) values ('Printer jam', 'test')");

        Plan plan = db.plan(AppYaml.app("support", CUSTOMER, TICKET_WITH_CHANNEL));

        assertThat(MigrationFixture.words(plan)).containsExactly("Add field 'channel' (choice: phone, email, walk-in) to ticket");
        assertThat(plan.steps().getFirst().step().sql()).containsExactly(
                "alter table \"support\".\"ticket\" add column \"channel\" varchar(63)",
                "alter table \"support\".\"ticket\" add constraint \"ticket_channel_check1\" check (\"channel\" in ('phone', 'email', 'walk-in'))");
        db.applied(AppYaml.app("support", CUSTOMER, TICKET_WITH_CHANNEL));
        db.execute("update support.ticket set channel = 'walk-in'");
        assertThatThrownBy(() -> db.execute("update support.ticket set channel = 'fax'")).hasMessageContaining("ticket_channel_check1");
    }

    @Test
    void aNewRequiredFieldIsRefusedOnATableWithRecordsUnlessItHasADefault() {
        db.applied(AppYaml.app("support", CUSTOMER, TICKET));
        db.execute("insert into support.ticket (title, created_by) values ('Printer jam', 'test')");
        String priority = TICKET + "  - {id: priority, type: integer, required: true}\n";
        String priorityWithDefault = TICKET + "  - {id: priority, type: integer, required: true, default: 3}\n";

        MigrationResult refused = db.migrate(AppYaml.app("support", CUSTOMER, priority));
        db.applied(AppYaml.app("support", CUSTOMER, priorityWithDefault));

        assertThat(refused.status()).isEqualTo(MigrationResult.Status.REFUSED);
        assertThat(refused.plan().refused().getFirst().refusal().orElseThrow().reason())
                .isEqualTo("1 row already exists and would have no value for the new required field 'priority'");
        assertThat(db.value("select priority from support.ticket")).isEqualTo(3L);
    }
}
