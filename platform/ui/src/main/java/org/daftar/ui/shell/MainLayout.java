package org.daftar.ui.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.i18n.Language;
import org.daftar.ui.runtime.RuntimeHolder;
import org.daftar.ui.runtime.RuntimeSnapshot;
import org.daftar.ui.search.GlobalSearch;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame of every screen: a navigation bar (home link, on a page of an app the search of its
 * records ({@link GlobalSearch}, Ctrl+K), for admins a link to the designer, language switch, the
 * signed-in user and "Sign out") and a drawer with the apps' navigation
 * ({@link AppNavigation}), in the user's language, right-to-left for Arabic. On a screen of an app ({@code apps/APP/...}) the app's menu is
 * open and the app's theme ({@code themes/NAME/theme.css}) is loaded. The drawer follows the
 * definitions in force: after a publish, the next navigation shows the new menus.
 *
 * <p>Views use it with {@code @Route(value = "...", layout = MainLayout.class)}.
 */
@PermitAll
public class MainLayout extends AppLayout implements LocaleChangeObserver, AfterNavigationObserver {

    private final RuntimeHolder runtime;
    /** The snapshot the drawer was last built from: a publish rebuilds it at the next navigation. */
    private RuntimeSnapshot shown;
    private final ObjectProvider<DataGateway> gateway;
    private final Anchor home = new Anchor(".", "");
    private final Span user = new Span();
    private final Button signOut = new Button();
    private final Anchor designer = new Anchor("designer", "");
    private final Scroller drawer = new Scroller();
    private final GlobalSearch search;
    private String app;
    private Registration theme;

    /**
     * @param gateway the data gateway, for the signed-in user's name
     * @param signOuts what ends the session (the button is hidden without one)
     */
    public MainLayout(RuntimeHolder runtime, ObjectProvider<DataGateway> gateway, ObjectProvider<SignOut> signOuts) {
        this.runtime = runtime;
        this.gateway = gateway;
        setPrimarySection(Section.DRAWER);
        home.setId("home-link");
        home.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");
        user.setId("signed-in-user");
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setVisible(signOuts.getIfAvailable() != null);
        signOut.addClickListener(click -> signOuts.ifAvailable(SignOut::signOut));
        designer.setId("designer-link");
        designer.setVisible(false);
        search = new GlobalSearch(runtime::current, gateway::getIfAvailable);
        search.setVisible(false);
        HorizontalLayout bar = new HorizontalLayout(home, search, designer, new LanguageSwitch(), user, signOut);
        bar.setAlignItems(Alignment.CENTER);
        bar.setWidthFull();
        bar.expand(home);
        bar.getStyle().set("padding-inline-end", "var(--lumo-space-m)");
        addToNavbar(new DrawerToggle(), bar);
        addToDrawer(drawer);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        Language language = Language.of(event.getLocale());
        home.setText(getTranslation("shell.home"));
        signOut.setText(getTranslation("shell.signOut"));
        DataGateway data = gateway.getIfAvailable();
        user.setText(data == null ? "" : data.user());
        user.setVisible(data != null);
        designer.setText(getTranslation("shell.designer"));
        designer.setVisible(isAdmin(data));
        drawer.setContent(navigation().build(language, app));
    }

    /** The navigation of the definitions in force, remembered as the ones shown. */
    private AppNavigation navigation() {
        shown = runtime.current();
        return new AppNavigation(shown.definitions());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String opened = event.getRouteParameters().get("app").orElse(null);
        if (java.util.Objects.equals(opened, app) && shown == runtime.current()) {
            return;
        }
        app = opened;
        search.searchIn(app);
        getUI().ifPresent(ui -> drawer.setContent(navigation().build(UiLanguage.of(ui), app)));
        applyTheme();
    }

    /** The theme of the app on screen, when it is not the default one every page already has. */
    private void applyTheme() {
        if (theme != null) {
            theme.remove();
            theme = null;
        }
        String styleSheet = app == null ? null : runtime.current().definitions().app(app).flatMap(AppTheme::styleSheet).orElse(null);
        if (styleSheet != null) {
            theme = getUI().map(ui -> ui.getPage().addStyleSheet(styleSheet)).orElse(null);
        }
    }

    /** Admins see the link to the designer (which checks the role again on the server). */
    private static boolean isAdmin(DataGateway data) {
        try {
            return data != null && data.roles().contains("admin");
        } catch (RuntimeException e) {
            return false; // nobody signed in
        }
    }

    /** The id of the app whose screen is shown, or null on the home page. */
    public String currentApp() {
        return app;
    }
}
