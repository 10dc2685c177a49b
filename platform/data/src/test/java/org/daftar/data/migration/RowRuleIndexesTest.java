package org.daftar.data.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.daftar.data.migration.desired.DesiredSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The roles' row rules ask for indexes, planned and applied like every other index: one per
 * {@code or}-branch, on the branch's equality field, then the list's sort column in the list's
 * direction, then the id (issue 6: a restricted user's list page within 1.2 times an admin's).
 */
class RowRuleIndexesTest {

    static final String TICKET = """
            id: ticket
            fields:
              - {id: title, type: text, required: true}
              - {id: owner, type: user}
              - {id: status, type: choice, options: [{value: new}, {value: open}, {value: done}]}
              - {id: priority, type: integer}
              - {id: day, type: date, required: true}
            """;
    static final String TICKETS = """
            kind: list
            id: tickets
            entity: ticket
            columns: [title, owner, status, day]
            sort: [{field: day, direction: desc}]
            """;

    static String role(String id, String rows) {
        return """
                kind: role
                id: %s
                label: {en: %s, ar: دور}
                basedOn: staff
                permissions:
                  - entity: ticket
                    actions: [read]
                    rows: "%s"
                """.formatted(id, id, rows);
    }

    private final MigrationFixture db = new MigrationFixture();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aRoleWithARowRuleAddsAnIndexPerBranchInTheListsOrder() {
        db.applied(AppYaml.app("desk", List.of(TICKETS), TICKET));

        DesiredSchema withRole = AppYaml.app("desk", List.of(TICKETS, role("agent", "owner = user or status = 'new'")), TICKET);
        Plan plan = db.plan(withRole);

        assertThat(MigrationFixture.words(plan)).containsExactly(
                "Add index on (owner, day desc, id) for the row rule of role desk.agent to ticket",
                "Add index on (status, day desc, id) for the row rule of role desk.agent to ticket");
        assertThat(plan.isSafe()).isTrue();
        db.applied(withRole);
        assertThat(db.value("select indexdef from pg_indexes where schemaname = 'desk' and indexname = 'ticket_owner_day_desc_rule_idx'"))
                .isEqualTo("CREATE INDEX ticket_owner_day_desc_rule_idx ON desk.ticket USING btree (owner, day DESC, id)");
        assertThat(MigrationFixture.words(db.plan(withRole))).isEmpty();
    }

    @Test
    void anIndexStaysWhileARoleStillNeedsItAndGoesWithTheLastOne() {
        DesiredSchema twoRoles = AppYaml.app("desk", List.of(TICKETS, role("agent", "owner = user"),
                role("lead", "owner = user or priority = 1")), TICKET);
        db.applied(twoRoles);

        assertThat(db.value("select count(*) from pg_indexes where schemaname = 'desk' and indexname like '%rule_idx'"))
                .isEqualTo(2L);
        assertThat(MigrationFixture.words(db.plan(AppYaml.app("desk", List.of(TICKETS, role("lead", "priority = 1")), TICKET))))
                .containsExactly("Remove index ticket_owner_day_desc_rule_idx from ticket (no longer in the definitions)");
        assertThat(MigrationFixture.words(db.plan(AppYaml.app("desk", List.of(TICKETS), TICKET)))).containsExactlyInAnyOrder(
                "Remove index ticket_owner_day_desc_rule_idx from ticket (no longer in the definitions)",
                "Remove index ticket_priority_day_desc_rule_idx from ticket (no longer in the definitions)");
    }

    @Test
    void aBranchWithoutAnEqualityOrAListWithoutASortAsksForNoIndex() {
        DesiredSchema noEquality = AppYaml.app("desk", List.of(TICKETS, role("agent", "priority > 3 or owner != user")), TICKET);
        DesiredSchema noSort = AppYaml.app("desk", List.of(role("agent", "owner = user or status = 'new'")), TICKET);

        assertThat(MigrationFixture.words(db.plan(noEquality))).noneMatch(words -> words.contains("row rule"));
        assertThat(MigrationFixture.words(db.plan(noSort))).noneMatch(words -> words.contains("row rule"));
    }

    @Test
    void twoRolesWithTheSameBranchAreBothNamed() {
        db.applied(AppYaml.app("desk", List.of(TICKETS), TICKET));

        Plan plan = db.plan(AppYaml.app("desk", List.of(TICKETS, role("agent", "status = 'new'"), role("lead", "status = 'new'")),
                TICKET));

        assertThat(MigrationFixture.words(plan)).containsExactly(
                "Add index on (status, day desc, id) for the row rules of roles desk.agent, desk.lead to ticket");
    }
}
