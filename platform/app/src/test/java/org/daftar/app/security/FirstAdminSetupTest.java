package org.daftar.app.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Map;
import com.vaadin.flow.router.QueryParameters;
import javax.sql.DataSource;
import org.daftar.app.DaftarSpringTest;
import org.daftar.security.audit.AccessAudit;
import org.daftar.security.audit.AccessEvent;
import org.daftar.security.user.UserStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The first admin is created once, with the console's token; then the setup page is closed for good. */
class FirstAdminSetupTest extends DaftarSpringTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    FirstAdminSetup setup;

    @Autowired
    UserStore users;

    @Autowired
    AccessAudit audit;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void noAdminYet() {
        // the context is shared: start from a database where no user holds the admin role
        new JdbcTemplate(dataSource).update("delete from daftar_user_role where role = 'admin'");
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.daftar.app.security"), context,
                UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void theTokenCreatesTheFirstAdminOnceAndTheSetupPageThenRefuses() {
        assertThat(setup.open()).isTrue();
        String token = setup.token();
        assertThat(token).hasSizeGreaterThan(20);

        UI.getCurrent().navigate("setup", QueryParameters.simple(Map.of("token", "wrong")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("setup-message")).getText()).startsWith("This setup link is not valid");

        UI.getCurrent().navigate("setup", QueryParameters.simple(Map.of("token", token)));
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("User name")), "root");
        HasValueUtilsKt._setValue(_get(PasswordField.class, spec -> spec.withLabel("Password (at least 8 characters)")),
                "root-password");
        HasValueUtilsKt._setValue(_get(PasswordField.class, spec -> spec.withLabel("Repeat the password")), "root-password");
        _click(_get(Button.class, spec -> spec.withId("create-admin")));

        assertThat(users.find("root").orElseThrow().roles()).containsExactly("admin");
        assertThat(users.hasAdmin()).isTrue();
        assertThat(setup.accepts(token)).isFalse();
        assertThat(setup.open()).isFalse();
        assertThatThrownBy(() -> setup.createAdmin(token, "second", null, null, "second-password", null))
                .isInstanceOf(IllegalStateException.class);
        assertThat(users.find("second")).isEmpty();
        assertThat(audit.recent(50)).anySatisfy(entry -> {
            assertThat(entry.event()).isEqualTo(AccessEvent.FIRST_ADMIN_CREATED);
            assertThat(entry.username()).isEqualTo("root");
        });

        UI.getCurrent().navigate("setup", QueryParameters.simple(Map.of("token", token)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("setup-message")).getText()).startsWith("This setup link is not valid");
    }
}
