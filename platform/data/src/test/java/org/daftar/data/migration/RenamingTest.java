package org.daftar.data.migration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RenamingTest {

    static final String CUSTOMER = """
            id: customer
            naturalKey: [code]
            fields:
              - {id: code, type: text, required: true, maxLength: 10}
              - {id: region, type: choice, options: [{value: central}, {value: west}]}
            """;
    static final String TICKET = """
            id: ticket
            fields:
              - {id: title, type: text, required: true}
              - {id: customer, type: reference, entity: customer}
            """;

    private final MigrationFixture db = new MigrationFixture();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void renamingAFieldKeepsItsValues() {
        db.applied(AppYaml.app("support", CUSTOMER, TICKET));
        db.execute("insert into support.customer (code, region, created_by) values ('C-1', 'west', 'test')");
        String renamed = CUSTOMER.replace("{id: region,", "{id: region, name: area,");

        Plan plan = db.plan(AppYaml.app("support", renamed, TICKET));
        db.applied(AppYaml.app("support", renamed, TICKET));

        assertThat(MigrationFixture.words(plan)).containsExactly("Rename field 'region' to 'area' on customer (its values are kept)");
        assertThat(plan.steps().getFirst().step().sql()).containsExactly(
                "alter table \"support\".\"customer\" rename column \"region\" to \"area\"",
                "alter table \"support\".\"customer\" rename constraint \"customer_region_check1\" to \"customer_area_check1\"");
        assertThat(db.value("select area from support.customer where code = 'C-1'")).isEqualTo("west");
        assertThat(db.columns("support", "customer")).doesNotContain("region");
    }

    @Test
    void renamingAnEntityKeepsItsRecordsAndRenamesItsKeysAndIndexes() {
        db.applied(AppYaml.app("support", CUSTOMER, TICKET));
        db.execute("insert into support.customer (code, created_by) values ('C-1', 'test')");
        db.execute("insert into support.ticket (title, customer, created_by) select 'Jam', id, 'test' from support.customer");
        String client = CUSTOMER.replace("id: customer\n", "id: customer\nname: client\n");

        Plan plan = db.plan(AppYaml.app("support", client, TICKET));
        db.applied(AppYaml.app("support", client, TICKET));

        assertThat(MigrationFixture.words(plan)).containsExactly(
                "Rename entity 'customer' to 'client' (table support.customer becomes support.client; its records are kept)");
        assertThat(plan.steps().getFirst().step().sql()).contains(
                "alter index \"support\".\"customer_code_key\" rename to \"client_code_key\"");
        assertThat(db.value("select c.code from support.ticket t join support.client c on c.id = t.customer")).isEqualTo("C-1");
        assertThat(db.value("select count(*) from pg_indexes where schemaname = 'support' and indexname = 'client_code_key'"))
                .isEqualTo(1L);
        assertThat(db.plan(AppYaml.app("support", client, TICKET)).isEmpty()).isTrue();
    }

    @Test
    void renamesThatFollowEachOtherRunInTheOrderThatFreesEachName() {
        String twoNames = """
                id: person
                fields:
                  - {id: first, type: text}
                  - {id: second, type: text}
                """;
        db.applied(AppYaml.app("hr", twoNames));
        db.execute("insert into hr.person (first, second, created_by) values ('a', 'b', 'test')");
        String shifted = twoNames.replace("{id: first,", "{id: first, name: second,").replace("{id: second,", "{id: second, name: third,");

        Plan plan = db.plan(AppYaml.app("hr", shifted));
        db.applied(AppYaml.app("hr", shifted));

        assertThat(MigrationFixture.words(plan)).containsExactly(
                "Rename field 'second' to 'third' on person (its values are kept)",
                "Rename field 'first' to 'second' on person (its values are kept)");
        assertThat(db.value("select second || third from hr.person")).isEqualTo("ab");
    }

    @Test
    void swappingTwoNamesInOnePlanIsBlockedWithWhatToDoInstead() {
        String twoNames = """
                id: person
                fields:
                  - {id: first, type: text}
                  - {id: second, type: text}
                """;
        db.applied(AppYaml.app("hr", twoNames));
        String swapped = twoNames.replace("{id: first,", "{id: first, name: second,").replace("{id: second,", "{id: second, name: first,");

        MigrationResult forced = db.migrateForced(AppYaml.app("hr", swapped));

        assertThat(forced.status()).isEqualTo(MigrationResult.Status.REFUSED);
        assertThat(forced.plan().text()).contains("Refused: the name 'second' is still taken by another column of person",
                "To proceed: Rename the field to a name not in use first and migrate");
    }
}
