package org.daftar.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.daftar.security.audit.AccessAudit;
import org.daftar.security.audit.AccessEvent;
import org.daftar.security.user.UserDraft;
import org.daftar.security.user.UserStore;
import com.vaadin.flow.router.QueryParameters;
import org.daftar.app.DaftarSpringTest;
import org.daftar.app.SignedIn;
import org.daftar.app.security.admin.UsersView;
import org.daftar.app.ui.HomeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Who reaches which page: nobody signed in is sent to the login page, an expired session too; the
 * users screen is for admins; the login page says when an account is locked.
 */
class SessionAndViewAccessTest extends DaftarSpringTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    WebApplicationContext web;

    @Autowired
    Environment environment;

    @Autowired
    UserStore users;

    @Autowired
    AccessAudit audit;

    @BeforeEach
    void openUi() {
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.daftar.app"), context, UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
        SignedIn.out();
    }

    @Test
    void aSessionEndsAfterThirtyMinutesWithoutARequest() {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aRequestWhoseSessionExpiredIsSentToTheLoginPage() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();

        mvc.perform(get("/admin/users").with(request -> {
            request.setRequestedSessionId("expired-session");
            request.setRequestedSessionIdValid(false);
            return request;
        })).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/schemas/entity.schema.json")).andExpect(status().isOk());
    }

    @Test
    void theLoginFormSignsInWithTheRightPasswordOnly() throws Exception {
        if (users.find("farah").isEmpty()) {
            users.create(new UserDraft("farah", "Farah", null, "farah-password", true, Set.of("staff"), Map.of()));
        }
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();

        mvc.perform(formLogin("/login").user("farah").password("wrong-password"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("farah").password("farah-password"))
                .andExpect(authenticated().withUsername("farah"));
    }

    @Test
    void signingOutEndsTheSessionAndIsAudited() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();

        mvc.perform(post("/logout").with(csrf()).with(user("farah").roles("STAFF")))
                .andExpect(status().is3xxRedirection()).andExpect(unauthenticated());

        assertThat(audit.recent(5)).anySatisfy(entry -> {
            assertThat(entry.username()).isEqualTo("farah");
            assertThat(entry.event()).isEqualTo(AccessEvent.LOGOUT);
        });
    }

    @Test
    void nobodySignedInLandsOnTheLoginPage() {
        UI.getCurrent().navigate(HomeView.class);

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void theUsersScreenIsForAdminsOnly() {
        SignedIn.as("sami", "staff");
        // Refused (in production mode Vaadin gives no reason to the browser).
        assertThatThrownBy(() -> UI.getCurrent().navigate(UsersView.class));
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(UsersView.class);

        SignedIn.as("ali", "admin");
        UI.getCurrent().navigate(UsersView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(UsersView.class);
    }

    @Test
    void theLoginPageSaysWhenTheAccountIsLocked() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new LockedException("locked"));
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        LoginView login = (LoginView) UI.getCurrent().getCurrentView();
        assertThat(login.showsError()).isTrue();
        assertThat(login.errorTitle()).isEqualTo("Account locked");
    }

    @Test
    void theLoginPageSpeaksArabic() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ar"));
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        assertThat(((LoginView) UI.getCurrent().getCurrentView()).errorTitle())
                .isEqualTo("اسم المستخدم أو كلمة المرور غير صحيحة");
    }
}
