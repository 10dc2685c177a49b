package org.daftar.app.designer;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daftar.app.DaftarSpringTest;
import org.daftar.app.SignedIn;
import org.daftar.designer.screen.AppDesignerView;
import org.daftar.designer.screen.DesignerView;
import org.daftar.designer.session.DesignerAccessDeniedException;
import org.daftar.designer.session.DesignerSession;
import org.daftar.security.user.UserDraft;
import org.daftar.security.user.UserStore;
import org.daftar.ui.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The designer in the application: wired to the server's workspace and gateway, and for admins only. */
class DesignerInTheAppTest extends DaftarSpringTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.daftar.designer");

    @Autowired
    ApplicationContext context;

    @Autowired
    DesignerSession designer;

    @Autowired
    UserStore users;

    @BeforeEach
    void start() {
        for (String[] user : new String[][] {{"dina", "admin"}, {"samir", "staff"}}) {
            if (users.find(user[0]).isEmpty()) {
                users.create(new UserDraft(user[0], user[0], null, user[0] + "-password", true, Set.of(user[1]), Map.of()));
            }
        }
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        VaadinSession.getCurrent().setLocale(Language.ENGLISH.locale());
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
        SignedIn.out();
    }

    @Test
    void anAdminSeesThePublishedAppsAndOpensOne() {
        SignedIn.as("dina", "admin");
        UI.getCurrent().navigate("designer");

        List<String> apps = new ArrayList<>();
        DesignerView view = _get(DesignerView.class);
        for (int i = 0; i < GridKt._size(view.apps()); i++) {
            apps.add(GridKt._get(view.apps(), i).id());
        }
        assertThat(apps).contains("shop");
        assertThat(_get(Anchor.class, spec -> spec.withId("designer-link")).isVisible()).isTrue();

        UI.getCurrent().navigate("designer/shop");
        assertThat(GridKt._size(_get(AppDesignerView.class).files())).isGreaterThan(1);
    }

    @Test
    void staffAreKeptOutOfThePagesAndEveryAction() {
        SignedIn.as("samir", "staff");

        assertThatThrownBy(() -> UI.getCurrent().navigate("designer")).isInstanceOf(MockAccessDeniedException.class);
        _assertNone(DesignerView.class);
        assertThatThrownBy(() -> designer.draft("shop")).isInstanceOf(DesignerAccessDeniedException.class);
        assertThatThrownBy(() -> designer.exportZip("shop")).isInstanceOf(DesignerAccessDeniedException.class);
    }
}
