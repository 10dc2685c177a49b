package org.daftar.model.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.daftar.model.expression.Fixtures.parse;

import org.junit.jupiter.api.Test;

class BranchesTest {

    @Test
    void aRowRuleSplitsAtItsTopLevelOrs() {
        assertThat(Branches.of(parse("owner = user or status = 'new' or priority > 3")))
                .containsExactly(parse("owner = user"), parse("status = 'new'"), parse("priority > 3"));
    }

    @Test
    void anOrInsideAnAndOrParenthesesIsOneBranch() {
        assertThat(Branches.of(parse("region = 'west' and (owner = user or status = 'new')")))
                .containsExactly(parse("region = 'west' and (owner = user or status = 'new')"));
    }

    @Test
    void equalityFieldsAreComparedWithValuesTheRecordDoesNotDecide() {
        assertThat(Branches.equalityFields(parse("owner = user"))).containsExactly("owner");
        assertThat(Branches.equalityFields(parse("'new' = status and department = user.department and total > 5")))
                .containsExactly("status", "department");
    }

    @Test
    void comparisonsWithOtherFieldsOrAlongReferencesGiveNoEqualityField() {
        assertThat(Branches.equalityFields(parse("owner = approver"))).isEmpty();
        assertThat(Branches.equalityFields(parse("customer.region = 'west'"))).isEmpty();
        assertThat(Branches.equalityFields(parse("owner != user or status = 'new'"))).isEmpty();
    }
}
