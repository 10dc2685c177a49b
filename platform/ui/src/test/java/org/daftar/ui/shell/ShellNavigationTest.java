package org.daftar.ui.shell;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.daftar.ui.ListTestContext;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.daftar.ui.i18n.Language;
import org.daftar.ui.list.ListScreenTest;
import org.junit.jupiter.api.Test;

class ShellNavigationTest extends ListScreenTest {

    @Test
    void theNavigationListsEachAppsMenuWithItsListsAndReportGroups() {
        open("apps/shop/lists/orders");

        SideNavItem shop = item("nav-shop");
        assertThat(shop.getLabel()).isEqualTo("Shop");
        assertThat(shop.isExpanded()).isTrue();
        assertThat(labels(shop.getItems())).containsExactly("Orders", "Products", "Reports");
        assertThat(item("nav-shop-list-products").getPath()).isEqualTo("apps/shop/lists/products");
        assertThat(labels(shop.getItems().getLast().getItems())).containsExactly("Sales by month", "Low stock");
        assertThat(item("nav-shop-report-low_stock").getPath()).isEqualTo("apps/shop/reports/low_stock");
    }

    @Test
    void anAppThatIsNotOpenIsOneLinkToItsDashboard() {
        SideNavItem shop = new AppNavigation(org.daftar.testsupport.ShopFixture.definitions())
                .build(org.daftar.ui.i18n.Language.ENGLISH, null).getItems().getFirst();

        assertThat(shop.getPath()).isEqualTo("apps/shop/dashboard");
        assertThat(shop.getItems()).isEmpty();
    }

    @Test
    void followingAMenuLinkOpensThatList() {
        open("apps/shop/lists/orders");

        UI.getCurrent().navigate(item("nav-shop-list-products").getPath());

        assertThat(_get(H2.class, spec -> spec.withId("list-title")).getText()).isEqualTo("Products");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Products");
    }

    @Test
    void anAdminHasALinkToTheDesignerInTheBar() {
        open("apps/shop/lists/orders");

        Anchor designer = _get(Anchor.class, spec -> spec.withId("designer-link"));
        assertThat(designer.getText()).isEqualTo("Designer");
        assertThat(designer.getHref()).isEqualTo("designer");
    }

    @Test
    void theBarShowsTheSignedInUserAndSignOut() {
        open("apps/shop/lists/orders");

        assertThat(_get(Span.class, spec -> spec.withId("signed-in-user")).getText()).isEqualTo("sara");
        Button signOut = _get(Button.class, spec -> spec.withId("sign-out"));
        assertThat(signOut.getText()).isEqualTo("Sign out");

        _click(signOut);

        assertThat(ListTestContext.signedOut()).isTrue();
    }

    @Test
    void switchingToArabicTurnsTheShellAndTheListRightToLeftAndIsRemembered() {
        open("apps/shop/lists/orders");
        assertThat(_get(LanguageSwitch.class).getValue()).isEqualTo(Language.ENGLISH);
        assertThat(_get(LanguageSwitch.class).getElement().getPropertyRaw("items").toString())
                .contains("\"label\":\"English\",\"value\":\"en\"").contains("\"label\":\"العربية\",\"value\":\"ar\"");

        HasValueUtilsKt._setValue(_get(LanguageSwitch.class), Language.ARABIC);

        assertThat(documentDirection()).isEqualTo("rtl");
        assertThat(_get(LanguageSwitch.class).getAriaLabel()).isNotBlank();
        assertThat(item("nav-shop").getLabel()).isEqualTo("المتجر");
        assertThat(labels(item("nav-shop").getItems())).containsExactly("الطلبات", "المنتجات", "التقارير");
        assertThat(_get(Button.class, spec -> spec.withId("sign-out")).getText()).isEqualTo("تسجيل الخروج");
        assertThat(_get(H2.class, spec -> spec.withId("list-title")).getText()).isEqualTo("الطلبات");
        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Language.ARABIC.locale());

        UI.getCurrent().getPage().reload();
        UI.getCurrent().navigate("apps/shop/lists/products");

        assertThat(_get(H2.class, spec -> spec.withId("list-title")).getText()).isEqualTo("المنتجات");
        assertThat(documentDirection()).isEqualTo("rtl");

        HasValueUtilsKt._setValue(_get(LanguageSwitch.class), Language.ENGLISH);

        assertThat(documentDirection()).isEqualTo("ltr");
        assertThat(item("nav-shop").getLabel()).isEqualTo("Shop");
    }

    private static SideNavItem item(String id) {
        return _get(SideNavItem.class, spec -> spec.withId(id));
    }

    private static List<String> labels(List<SideNavItem> items) {
        return items.stream().map(SideNavItem::getLabel).toList();
    }
}
