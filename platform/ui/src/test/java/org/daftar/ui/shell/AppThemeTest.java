package org.daftar.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.daftar.model.app.App;
import org.daftar.model.app.AppDef;
import org.daftar.testsupport.ShopFixture;
import org.junit.jupiter.api.Test;

class AppThemeTest {

    private final App shop = ShopFixture.definitions().app("shop").orElseThrow();

    @Test
    void theDefaultThemeNeedsNoStyleSheetOfItsOwn() {
        assertThat(shop.def().theme()).isEqualTo("default");
        assertThat(AppTheme.styleSheet(shop)).isEmpty();
    }

    @Test
    void anotherThemeIsItsFoldersStyleSheet() {
        assertThat(AppTheme.styleSheet(themed("high-contrast"))).contains("themes/high-contrast/theme.css");
    }

    @Test
    void aThemeNameThatIsNotAFolderNameIsNeverPutInAUrl() {
        assertThat(AppTheme.styleSheet(themed("../../secret"))).isEmpty();
        assertThat(AppTheme.styleSheet(themed(null))).isEmpty();
    }

    private App themed(String theme) {
        AppDef def = shop.def();
        AppDef changed = new AppDef(def.id(), def.label(), def.description(), def.icon(), theme, def.entities(),
                def.userAttributes(), def.menu(), def.positions(), def.at());
        return new App(changed, shop.entities(), shop.forms(), shop.lists(), shop.reports(), shop.roles(), shop.data());
    }
}
