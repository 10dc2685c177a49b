package org.daftar.security.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.daftar.query.model.Query;
import org.daftar.query.model.Sort;
import org.daftar.security.SecurityDatabase;
import org.daftar.security.policy.UserContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A row rule over a user attribute: the attribute decides the rows, and a user without it sees none. */
class UnboundAttributeTest {

    static final SecurityDatabase DB = new SecurityDatabase();
    static final Query CODES = Query.from("shop.customer").select("code").orderBy(Sort.asc("code"));

    @BeforeAll
    static void customers() {
        DB.reset();
    }

    @Test
    void theUsersRegionDecidesTheRows() {
        UserContext central = DB.withRegion("hala", "central", "shop.regional");

        assertThat(DB.securedQueries.run(central, CODES, Map.of()).rows()).containsExactly(List.of("C-0001"));
    }

    @Test
    void aUserWithoutTheAttributeSeesNoRowsRestrictedByIt() {
        UserContext nowhere = DB.withRegion("hala", null, "shop.regional");

        assertThat(DB.securedQueries.run(nowhere, CODES, Map.of()).rows()).isEmpty();
    }

    @Test
    void twoRolesShowTheRowsOfEither() {
        UserContext both = DB.withRegion("sara", "west", "shop.regional", "shop.desk");

        assertThat(DB.securedQueries.run(both, CODES, Map.of()).rows())
                .containsExactly(List.of("C-0001"), List.of("C-0002"), List.of("C-0003"));
    }
}
