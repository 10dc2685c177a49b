package org.daftar.ui.runtime;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.daftar.model.Definitions;
import org.daftar.model.link.FieldTypes;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;
import org.daftar.testsupport.ShopFixture;
import org.daftar.ui.ListTestContext;
import org.daftar.ui.list.ListScreenTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A new snapshot in the holder reaches the screens at their next navigation, and not before. */
class RuntimeSwapTest extends ListScreenTest {

    private RuntimeHolder holder;
    private RuntimeSnapshot before;

    @BeforeEach
    void remember() {
        holder = ListTestContext.get().getBean(RuntimeHolder.class);
        before = holder.current();
    }

    @AfterEach
    void restore() {
        holder.swap(before);
    }

    @Test
    void theOpenListKeepsItsDefinitionsAndTheNextNavigationShowsTheNewOnes() {
        open("apps/shop/lists/orders");

        holder.swap(new RuntimeFactory(ListTestContext.database().dataSource(), new FieldTypes(List.of())).build(renamed()));

        assertThat(title()).isEqualTo("Orders");
        UI.getCurrent().navigate(_get(SideNavItem.class, spec -> spec.withId("nav-shop-list-products")).getPath());
        UI.getCurrent().navigate("apps/shop/lists/orders");
        assertThat(title()).isEqualTo("Sales orders");
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-shop")).getLabel()).isEqualTo("Corner shop");
        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-shop-list-orders")).getLabel()).isEqualTo("Sales orders");
    }

    @Test
    void swappingGivesBackTheSnapshotItReplaced() {
        RuntimeSnapshot next = new RuntimeFactory(ListTestContext.database().dataSource(), new FieldTypes(List.of()))
                .build(before.definitions());

        assertThat(holder.swap(next)).isSameAs(before);
        assertThat(holder.current()).isSameAs(next);
        assertThat(next.version()).isEqualTo(RuntimeSnapshot.Version.UNPUBLISHED);
    }

    private static String title() {
        return _get(H2.class, spec -> spec.withId("list-title")).getText();
    }

    /** The shop with the app called "Corner shop" and its orders list "Sales orders". */
    private static Definitions renamed() {
        List<DefinitionSource> files = ShopFixture.sources().stream().map(file -> switch (file.location()) {
            case "shop/app.yaml" -> new DefinitionSource(file.location(), file.text().replace("{en: Shop,", "{en: Corner shop,"));
            case "shop/lists/orders.yaml" -> new DefinitionSource(file.location(),
                    file.text().replace("{en: Orders,", "{en: Sales orders,"));
            default -> file;
        }).toList();
        LoadResult result = new DefinitionLoader(List.of()).load(files);
        assertThat(result.problems()).isEmpty();
        return result.definitions();
    }
}
