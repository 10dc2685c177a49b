package org.daftar.app.ui;

import org.daftar.ui.shell.LanguageSwitch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import org.daftar.app.DaftarSpringTest;
import org.daftar.app.SignedIn;
import org.daftar.ui.i18n.Language;
import org.daftar.ui.runtime.RuntimeHolder;
import org.daftar.model.app.App;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

class HomeViewTest extends DaftarSpringTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.daftar.app.ui")
            .autoDiscoverViews("org.daftar.app.security");

    @Autowired
    ApplicationContext context;

    @Autowired
    RuntimeHolder runtime;

    /** The directions the page was told to take ({@code document.dir = ...}), in order. */
    private final List<String> directions = new ArrayList<>();

    private final Function1<PendingJavaScriptInvocation, Unit> recordDirection = pending -> {
        if (pending.getInvocation().getExpression().startsWith("document.dir")) {
            directions.add(String.valueOf(pending.getInvocation().getParameters().getFirst()));
        }
        return Unit.INSTANCE;
    };

    private List<Function1<PendingJavaScriptInvocation, Unit>> handlers;

    @BeforeEach
    void openTheHomePage() {
        handlers = KaribuConfig.getPendingJavascriptInvocationHandlers();
        var withDirections = new ArrayList<>(handlers);
        withDirections.add(recordDirection);
        KaribuConfig.setPendingJavascriptInvocationHandlers(withDirections);
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        SignedIn.as("sara", "staff");
        VaadinSession.getCurrent().setLocale(Language.ENGLISH.locale());
        UI.getCurrent().navigate(HomeView.class);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
        SignedIn.out();
        KaribuConfig.setPendingJavascriptInvocationHandlers(handlers);
    }

    @Test
    void listsEveryLoadedAppsLabelInEnglish() {
        assertThat(runtime.current().definitions().apps()).extracting(App::id).containsExactly("notes", "shop");

        assertThat(cardTitles()).containsExactly("Notes", "Shop");
        assertThat(_get(Card.class, spec -> spec.withId("app-shop")))
                .satisfies(card -> assertThat(texts(card)).contains(
                        "Products and their suppliers", "Entities: 2", "Forms: 1", "Lists: 1", "Reports: 0"));
    }

    @Test
    void switchingToArabicShowsArabicLabelsRightToLeft() {
        HasValueUtilsKt._setValue(_get(LanguageSwitch.class), Language.ARABIC);

        assertThat(cardTitles()).containsExactly("الملاحظات", "المتجر");
        assertThat(texts(_get(Card.class, spec -> spec.withId("app-shop")))).contains("الكيانات: 2");
        assertThat(documentDirection()).isEqualTo("rtl");
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Language.ARABIC.locale());
    }

    @Test
    void theLanguageIsRememberedForTheNextPageOfTheSession() {
        HasValueUtilsKt._setValue(_get(LanguageSwitch.class), Language.ARABIC);

        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate(HomeView.class);

        assertThat(cardTitles()).containsExactly("الملاحظات", "المتجر");
        assertThat(_get(LanguageSwitch.class).getValue()).isEqualTo(Language.ARABIC);
        assertThat(documentDirection()).isEqualTo("rtl");
    }

    @Test
    void switchingBackToEnglishIsLeftToRight() {
        HasValueUtilsKt._setValue(_get(LanguageSwitch.class), Language.ARABIC);
        HasValueUtilsKt._setValue(_get(LanguageSwitch.class), Language.ENGLISH);

        assertThat(cardTitles()).containsExactly("Notes", "Shop");
        assertThat(documentDirection()).isEqualTo("ltr");
    }

    @Test
    void theHomePageIsFramedByTheAppsNavigation() {
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-shop")).getLabel()).isEqualTo("Shop");
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-shop")).getPath()).isEqualTo("apps/shop/dashboard");
    }

    @Test
    void showsTheVersionOfTheDefinitions() {
        assertThat(_get(Paragraph.class, spec -> spec.withId("definitions-version")).getText())
                .startsWith("Definitions version " + runtime.current().version().number() + ", published ");
    }

    private static List<String> cardTitles() {
        return _find(Card.class).stream().map(card -> ((Span) card.getTitle()).getText()).toList();
    }

    private static String texts(Card card) {
        return card.getElement().getTextRecursively();
    }

    /** The direction the page was last told to take, once the waiting JavaScript has gone to the browser. */
    private String documentDirection() {
        MockVaadin.clientRoundtrip(false);
        return directions.isEmpty() ? "none" : directions.getLast();
    }
}
