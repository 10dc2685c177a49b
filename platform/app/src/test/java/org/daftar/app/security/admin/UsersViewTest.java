package org.daftar.app.security.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.daftar.app.DaftarSpringTest;
import org.daftar.app.SignedIn;
import org.daftar.security.audit.AccessAudit;
import org.daftar.security.audit.AccessEvent;
import org.daftar.security.user.LoginAttempts;
import org.daftar.security.user.PasswordHashing;
import org.daftar.security.user.User;
import org.daftar.security.user.UserDraft;
import org.daftar.security.user.UserStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An admin creates users with roles, changes them and unlocks them; every change is audited. */
class UsersViewTest extends DaftarSpringTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    UserStore users;

    @Autowired
    LoginAttempts attempts;

    @Autowired
    AccessAudit audit;

    @BeforeEach
    void openAsAdmin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.daftar.app.security"), context,
                UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        SignedIn.as("ali", "admin");
        UI.getCurrent().navigate(UsersView.class);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
        SignedIn.out();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminCreatesAUserWithARoleOfTheDefinitions() {
        _click(_get(Button.class, spec -> spec.withId("new-user")));
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("User name")), "nadia");
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Nadia Omar");
        HasValueUtilsKt._setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), "nadia-password");
        HasValueUtilsKt._setValue(_get(MultiSelectComboBox.class, spec -> spec.withLabel("Roles")), Set.of("shop.buyer"));
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        assertThat(users.find("nadia").orElseThrow().roles()).containsExactly("shop.buyer");
        assertThat(new PasswordHashing().matches("nadia-password", users.passwordHash("nadia").orElseThrow())).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("users-message")).getText()).isEqualTo("Saved nadia");
        assertThat(audit.recent(5)).anySatisfy(entry -> {
            assertThat(entry.username()).isEqualTo("ali");
            assertThat(entry.event()).isEqualTo(AccessEvent.USER_CREATED);
            assertThat(entry.detail()).contains("nadia roles=[shop.buyer]");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminUnlocksALockedAccount() {
        users.create(new UserDraft("locked1", "Locked", null, "locked-password", true, Set.of("staff"), Map.of()));
        for (int i = 0; i < 5; i++) {
            attempts.failed("locked1");
        }
        UI.getCurrent().navigate(UsersView.class);

        Grid<User> grid = _get(Grid.class, spec -> spec.withId("users"));
        grid.select(users.find("locked1").orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("unlock-user")));

        assertThat(attempts.isLocked("locked1")).isFalse();
        assertThat(audit.recent(5)).anySatisfy(entry -> assertThat(entry.event()).isEqualTo(AccessEvent.USER_UNLOCKED));
    }
}
