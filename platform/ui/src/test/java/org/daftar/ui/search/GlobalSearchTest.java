package org.daftar.ui.search;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.ShortcutsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kotlin.Unit;
import org.daftar.security.policy.UserContext;
import org.daftar.ui.ListTestContext;
import org.daftar.ui.ListTestGateway;
import org.daftar.ui.data.PolicyDataGateway;
import org.daftar.ui.data.Rights;
import org.daftar.ui.i18n.Language;
import org.daftar.ui.list.ListScreenTest;
import org.daftar.ui.list.ListTestFormStub;
import org.daftar.ui.runtime.RuntimeHolder;
import org.daftar.ui.shell.LanguageSwitch;
import org.junit.jupiter.api.Test;

/**
 * The search of the top bar, on the shop of {@link ListTestContext}: its orders are numbered
 * {@code ORD-YYYY-00001} to {@code ORD-YYYY-00024}, order {@code i} is for customer {@code 1 + i % 6};
 * customer 2 is "شركة الريان" (region west), customer 1 "Al Noor Trading" (central). The shop's
 * only form is the order's, so orders are what the search finds.
 */
class GlobalSearchTest extends ListScreenTest {

    @Test
    void anOrderIsFoundByItsNumberFromAFormPage() {
        open("apps/shop/forms/sales_order/1");

        type("00005");

        assertThat(groups()).containsExactly("Order");
        assertThat(found()).singleElement().asString().matches("ORD-\\d{4}-00005");
    }

    @Test
    void ordersAreFoundByTheirCustomersArabicNameTheNewestFirst() {
        open("apps/shop/forms/sales_order/1");

        type("الريان");

        assertThat(found()).hasSize(4);
        assertThat(found()).allMatch(name -> name.matches("ORD-\\d{4}-000(19|13|07|01)"));
        assertThat(found().getFirst()).endsWith("00019");
    }

    @Test
    void enterOpensTheFormOfTheChosenRecordAndArrowsChooseAnother() {
        open("apps/shop/lists/orders");
        type("الريان");

        ShortcutsKt._fireShortcut(search(), Key.ARROW_DOWN);
        ShortcutsKt._fireShortcut(search(), Key.ENTER);

        assertThat(_get(ListTestFormStub.class).opened()).isEqualTo("shop/sales_order/13");
        assertThat(search().text()).isEmpty();
        assertThat(search().results().isOpened()).isFalse();
    }

    @Test
    void escapeClosesTheResults() {
        open("apps/shop/lists/orders");
        type("00005");

        ShortcutsKt._fireShortcut(search(), Key.ESCAPE);

        assertThat(search().results().isOpened()).isFalse();
    }

    @Test
    void textFoundNowhereSaysSoInTheUsersLanguage() {
        open("apps/shop/lists/orders");
        type("zzzz");

        assertThat(noResults()).isEqualTo("No results for “zzzz”");

        HasValueUtilsKt._setValue(_get(LanguageSwitch.class), Language.ARABIC);
        type("قهوة غير موجودة");

        assertThat(noResults()).isEqualTo("لا نتائج لـ «قهوة غير موجودة»");
        assertThat(search().getElement().getAttribute("placeholder")).isEqualTo("ابحث في السجلات… (Ctrl+K)");
    }

    @Test
    void aUserWhoseRowRuleHidesAnOrderDoesNotFindIt() {
        // The clerk reads the orders of customers of their region (west: customers 2, 4, 6) and no customers.
        UserContext westClerk = new UserContext("clerk", Set.of("shop.clerk"), Map.of("shop", Map.of("region", "west")),
                Locale.ENGLISH);
        RuntimeHolder runtime = ListTestContext.get().getBean(RuntimeHolder.class);
        ListTestGateway.signIn(new PolicyDataGateway(() -> westClerk, runtime::current, () -> null, () -> null));
        open("apps/shop/forms/sales_order/1");

        type("00006");
        assertThat(noResults()).isEqualTo("No results for “00006”");

        type("00007");
        assertThat(found()).singleElement().asString().endsWith("00007");
    }

    @Test
    void aFieldTheUserMayNotSeeIsNeitherSearchedNorShown() {
        ListTestGateway.grant(new Rights(true, true, true, true, true, true, Set.of("number"), Set.of()));
        open("apps/shop/forms/sales_order/1");

        type("00005");
        assertThat(noResults()).isEqualTo("No results for “00005”");

        type("الريان");
        assertThat(found()).containsExactly("#19", "#13", "#7", "#1");
    }

    @Test
    void theSearchIsInTheBarOfAnAppsPagesAndCtrlKFocusesItInTheBrowser() {
        List<String> scripts = new java.util.ArrayList<>();
        var handlers = new java.util.ArrayList<>(KaribuConfig.getPendingJavascriptInvocationHandlers());
        handlers.add(pending -> {
            if (pending.getOwner() == search().getElement().getNode()) {
                scripts.add(pending.getInvocation().getExpression());
            }
            return Unit.INSTANCE;
        });
        KaribuConfig.setPendingJavascriptInvocationHandlers(handlers);

        open("apps/shop/lists/orders");
        MockVaadin.clientRoundtrip(false);

        assertThat(search().isVisible()).isTrue();
        assertThat(search().getElement().getAttribute("placeholder")).isEqualTo("Search records… (Ctrl+K)");
        assertThat(search().getElement().getAttribute("aria-keyshortcuts")).isEqualTo("Control+K");
        assertThat(search().results()).as("nothing is built before the first search").isNull();
        assertThat(scripts).singleElement().asString().contains("e.ctrlKey || e.metaKey", "'k'", "field.focus()");
    }

    @Test
    void aSingleLetterSearchesNothing() {
        open("apps/shop/lists/orders");

        type("R");

        assertThat(search().results().isOpened()).isFalse();
    }

    private static GlobalSearch search() {
        return _get(GlobalSearch.class);
    }

    /** Types {@code text} into the search field as a user does (the pause after typing included). */
    private static void type(String text) {
        var data = com.vaadin.flow.internal.JacksonUtils.createObjectNode();
        data.put("element.value", text);
        data.put("for", "trailing"); // the event after the pause, as the browser sends it
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(search().getElement(),
                new com.vaadin.flow.dom.DomEvent(search().getElement(), "input", data));
    }

    private static List<String> found() {
        assertThat(search().results().isOpened()).isTrue();
        return search().results().names();
    }

    private static List<String> groups() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(Div.class, spec -> spec.withClasses("daftar-search-group"))
                .stream().map(Div::getText).toList();
    }

    private static String noResults() {
        assertThat(search().results().isOpened()).isTrue();
        assertThat(search().results().names()).isEmpty();
        return _get(Div.class, spec -> spec.withId("search-none")).getText();
    }
}
