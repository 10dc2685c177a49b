package org.daftar.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.daftar.app.DaftarSpringTest;
import org.daftar.app.SignedIn;
import org.daftar.data.record.WriteContext;
import org.daftar.model.report.Operator;
import org.daftar.query.RowSink;
import org.daftar.query.model.Filter;
import org.daftar.query.model.Query;
import org.daftar.query.model.Sort;
import org.daftar.security.access.AccessDeniedException;
import org.daftar.security.user.UserDraft;
import org.daftar.security.user.UserStore;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.data.Rights;
import org.daftar.ui.runtime.RuntimeHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The gateway screens use acts as the signed-in user under the policy engine: the buyer role of the
 * test shop sees active products only, may not rename them, and never sees suppliers' e-mail,
 * whatever a screen sends.
 */
class SecuredDataGatewayTest extends DaftarSpringTest {

    @Autowired
    DataGateway gateway;

    @Autowired
    UserStore users;

    @Autowired
    RuntimeHolder runtime;

    final String run = UUID.randomUUID().toString().substring(0, 6);
    long active;
    long inactive;
    long supplier;

    @BeforeEach
    void productsAndUsers() {
        if (users.find("bilal").isEmpty()) {
            users.create(new UserDraft("bilal", "Bilal", null, "bilal-password", true, Set.of("shop.buyer"), Map.of()));
            users.create(new UserDraft("mona", "Mona", null, "mona-password", true, Set.of("manager"), Map.of()));
        }
        WriteContext seed = WriteContext.of("seed", Locale.ENGLISH);
        supplier = id(runtime.current().records().create("shop.supplier", Map.of("code", "S" + run, "name", "Supplier " + run,
                "email", "s@example.com"), seed));
        active = id(runtime.current().records().create("shop.product", Map.of("sku", "A-" + run, "name", "Active " + run, "supplier", supplier,
                "unit_price", 10, "active", true), seed));
        inactive = id(runtime.current().records().create("shop.product", Map.of("sku", "I-" + run, "name", "Inactive " + run,
                "unit_price", 10, "active", false), seed));
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void theGatewayNamesTheSignedInUserAndTheirRights() {
        SignedIn.as("bilal", "shop.buyer");

        assertThat(gateway.user()).isEqualTo("bilal");
        assertThat(gateway.roles()).containsExactly("shop.buyer");
        assertThat(gateway.rights("shop.product")).isEqualTo(new Rights(true, true, true, false, false, false, Set.of(),
                Set.of("name")));
        assertThat(gateway.rights("shop.supplier").hidden()).containsExactly("email");
        assertThat(gateway.rights("notes.note")).isEqualTo(Rights.NONE);
    }

    @Test
    void aListShowsOnlyTheRowsOfTheRole() {
        Query mine = Query.from("shop.product").select("sku").where(Filter.of("sku", Operator.CONTAINS, run))
                .orderBy(Sort.asc("sku"));

        SignedIn.as("bilal", "shop.buyer");
        assertThat(gateway.run(mine, Map.of()).rows()).containsExactly(List.of("A-" + run));
        SignedIn.as("mona", "manager");
        assertThat(gateway.run(mine, Map.of()).rows()).containsExactly(List.of("A-" + run), List.of("I-" + run));
    }

    @Test
    void directCallsForForbiddenRecordsFieldsAndActionsAreRefused() {
        SignedIn.as("bilal", "shop.buyer");

        assertThatThrownBy(() -> gateway.read("shop.product", inactive)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> gateway.update("shop.product", active, Map.of("version", 0, "name", "Mine"),
                Locale.ENGLISH, null)).hasMessage("You may not set the field 'Name' of Product.");
        assertThatThrownBy(() -> gateway.delete("shop.product", active, 0, Locale.ENGLISH))
                .hasMessage("You may not delete records of Product.");
        assertThatThrownBy(() -> gateway.export(Query.from("shop.product").select("sku"), Map.of(), ignore()))
                .hasMessage("You may not export records of Product.");
        assertThatThrownBy(() -> gateway.create("shop.product", Map.of("sku", "X-" + run, "name", "Off " + run,
                "active", false), Locale.forLanguageTag("ar"), null))
                .hasMessage("لا يحق لك تعديل الحقل 'الاسم' في منتج.");
        assertThat(gateway.read("shop.supplier", supplier).orElseThrow()).doesNotContainKey("email")
                .containsEntry("name", "Supplier " + run);
    }

    @Test
    void theBuyerSavesWhatTheRoleAllowsAsThemselves() {
        SignedIn.as("bilal", "shop.buyer");
        Map<String, Object> changes = new HashMap<>();
        changes.put("version", 0);
        changes.put("name", "Active " + run);
        changes.put("unit_price", new BigDecimal("12.50"));

        Map<String, Object> saved = gateway.update("shop.product", active, changes, Locale.ENGLISH, "product");

        assertThat(saved).containsEntry("unit_price", new BigDecimal("12.50")).containsEntry("updated_by", "bilal");
        assertThat(gateway.history("shop.product", active)).last().satisfies(entry -> assertThat(entry.user())
                .isEqualTo("bilal"));
    }

    @Test
    void sqlModeIsForManagersAndReadsOnlyWhatTheyMayRead() {
        SignedIn.as("bilal", "shop.buyer");
        assertThatThrownBy(() -> gateway.runSql("select sku from shop.product")).isInstanceOf(AccessDeniedException.class)
                .hasMessage("SQL mode is for administrators and managers.");

        SignedIn.as("mona", "manager");
        assertThat(gateway.runSql("select count(*) as n from shop.product where sku like '%" + run + "'").rows())
                .containsExactly(List.of(2L));
    }

    @Test
    void nobodySignedInIsRefused() {
        assertThatThrownBy(() -> gateway.read("shop.product", active)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Sign in first.");
    }

    private static long id(Map<String, Object> record) {
        return ((Number) record.get("id")).longValue();
    }

    private static RowSink ignore() {
        return new RowSink() {
            @Override
            public void start(List<String> columns) {}

            @Override
            public void row(Object[] values) {}
        };
    }
}
