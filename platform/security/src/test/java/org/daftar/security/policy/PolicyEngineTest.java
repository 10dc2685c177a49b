package org.daftar.security.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.daftar.model.role.PermissionDef.Action;
import org.daftar.query.model.Filter;
import org.daftar.security.SecurityDatabase;
import org.junit.jupiter.api.Test;

/** How the engine reads roles into rights: built-in roles, exact grants, and several roles together. */
class PolicyEngineTest {

    final PolicyEngine policy = new PolicyEngine(SecurityDatabase.DEFINITIONS);

    @Test
    void builtInRolesGrantTheirActionsOnEveryEntityAndEveryRow() {
        assertThat(policy.rights(SecurityDatabase.ADMIN, "shop.product").actions()).containsExactlyInAnyOrder(Action.values());
        assertThat(policy.rights(SecurityDatabase.MANAGER, "shop.product").actions())
                .containsExactlyInAnyOrder(Action.READ, Action.EXPORT);
        assertThat(policy.rights(SecurityDatabase.STAFF, "shop.order_line").actions())
                .containsExactlyInAnyOrder(Action.CREATE, Action.READ, Action.UPDATE);
        assertThat(policy.rights(SecurityDatabase.STAFF, "shop.product").allRows(Action.READ)).isTrue();
    }

    @Test
    void aDefinedRoleGrantsExactlyItsPermissionsAndOnlyTheCapabilitiesOfItsBase() {
        UserContext desk = SecurityDatabase.SARA_AT_DESK;

        assertThat(policy.rights(desk, "shop.product").actions()).containsExactly(Action.READ);
        assertThat(policy.rights(desk, "shop.sales_order").actions()).isEmpty();
        assertThat(policy.rights(desk, "shop.customer").hidden()).containsExactly("phone");
        assertThat(policy.rights(desk, "shop.customer").readOnly()).containsExactly("email");
        assertThat(policy.capabilities(desk)).containsExactly(Capability.DATA_ENTRY);
        assertThat(policy.readableSchema(desk).entities().keySet()).containsExactlyInAnyOrder("shop.customer", "shop.product");
    }

    @Test
    void severalRolesUniteActionsAndOrTheirRowFilters() {
        UserContext both = policy.context("sara", Set.of("shop.desk", "shop.regional"), Map.of("shop", Map.of("region",
                "west")), Locale.ENGLISH);
        EntityRights customer = policy.rights(both, "shop.customer");

        assertThat(customer.rows(Action.READ)).isInstanceOf(Filter.Any.class);
        assertThat(((Filter.Any) customer.rows(Action.READ)).filters()).hasSize(2);
        assertThat(customer.rows(Action.DELETE)).isInstanceOf(Filter.Expr.class);
        assertThat(customer.hidden()).as("regional does not hide the phone").isEmpty();
        assertThat(customer.readOnly()).as("the desk, the only role that writes, may set neither")
                .containsExactlyInAnyOrder("email", "phone");
        assertThat(policy.capabilities(both)).contains(Capability.SQL_MODE, Capability.DATA_ENTRY);
    }

    @Test
    void aBuiltInRoleBesideADefinedOneLiftsItsRowRuleAndFieldRestrictions() {
        UserContext staffAtDesk = UserContext.of("sara", Locale.ENGLISH, "staff", "shop.desk");
        EntityRights customer = policy.rights(staffAtDesk, "shop.customer");

        assertThat(customer.allRows(Action.READ)).isTrue();
        assertThat(customer.hidden()).isEmpty();
        assertThat(customer.readOnly()).isEmpty();
        assertThat(customer.rows(Action.DELETE)).isNotEqualTo(Filter.NONE);
    }

    @Test
    void userAttributesAreTypedByTheApp() {
        UserContext user = policy.context("hala", Set.of("shop.regional"), Map.of("shop", Map.of("region", "west",
                "unknown", "x"), "nowhere", Map.of("a", "b")), Locale.ENGLISH);

        assertThat(user.attributes()).isEqualTo(Map.of("shop", Map.of("region", "west")));
    }

    @Test
    void theBuiltInAndDefinedRolesAreListedForTheAdminScreen() {
        assertThat(policy.roles().stream().map(Role::name).toList())
                .startsWith("admin", "manager", "staff").contains("shop.clerk", "shop.desk", "shop.regional");
        assertThat(policy.roles().stream().filter(role -> role.name().equals("shop.desk")).findFirst().orElseThrow()
                .label().in("ar")).isEqualTo("مكتب العملاء");
        assertThat(List.of(BuiltInRole.values())).hasSize(3);
    }
}
