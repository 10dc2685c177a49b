package org.daftar.app.live;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.daftar.app.DaftarSpringTest;
import org.daftar.app.SignedIn;
import org.daftar.app.ui.HomeView;
import org.daftar.designer.publish.DefinitionsWorkspace;
import org.daftar.designer.publish.PublishOutcome;
import org.daftar.designer.publish.Release;
import org.daftar.model.load.DefinitionSource;
import org.daftar.ui.i18n.Language;
import org.daftar.ui.runtime.RuntimeHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The server's workspace publishes into what the screens read: the next page shows the change, no restart. */
class LivePublishingTest extends DaftarSpringTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.daftar.app.ui");

    @Autowired
    ApplicationContext context;

    @Autowired
    DefinitionsWorkspace workspace;

    @Autowired
    RuntimeHolder runtime;

    @BeforeEach
    void signIn() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        SignedIn.as("sara", "staff");
        VaadinSession.getCurrent().setLocale(Language.ENGLISH.locale());
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
        SignedIn.out();
    }

    @Test
    void theServerRunsOnThePublishedFiles() {
        Release newest = workspace.releases().getFirst();

        assertThat(workspace.releases()).last().satisfies(first -> assertThat(first.origin()).isEqualTo("files"));
        assertThat(runtime.current().version().number()).isEqualTo(newest.number());
        assertThat(workspace.published()).extracting(DefinitionSource::location).contains("shop/app.yaml", "notes/app.json");
    }

    @Test
    void aPublishIsSeenByTheNextNavigationOfTheHomePageAndTheDrawer() {
        List<DefinitionSource> published = workspace.published();
        List<DefinitionSource> relabelled = published.stream().map(file -> file.location().equals("shop/app.yaml")
                ? new DefinitionSource(file.location(), file.text().replace("{en: Shop,", "{en: Corner shop,"))
                : file).toList();
        UI.getCurrent().navigate(HomeView.class);
        assertThat(cardTitles()).contains("Shop");

        PublishOutcome outcome = workspace.publish(relabelled, "A longer name", "admin");
        try {
            assertThat(outcome.status()).isEqualTo(PublishOutcome.Status.PUBLISHED);
            UI.getCurrent().getPage().reload(); // the next page: a new view in the same layout's place
            UI.getCurrent().navigate(HomeView.class);

            assertThat(cardTitles()).contains("Corner shop").doesNotContain("Shop");
            assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-shop")).getLabel()).isEqualTo("Corner shop");
        } finally {
            assertThat(workspace.publish(published, "Back to the files", "admin").status())
                    .isEqualTo(PublishOutcome.Status.PUBLISHED);
        }
    }

    private static List<String> cardTitles() {
        return _find(Card.class).stream().map(card -> ((Span) card.getTitle()).getText()).toList();
    }
}
