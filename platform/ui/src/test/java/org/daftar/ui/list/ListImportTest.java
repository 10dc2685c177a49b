package org.daftar.ui.list;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.daftar.security.access.AccessDeniedException;
import org.daftar.security.policy.UserContext;
import org.daftar.ui.ListTestContext;
import org.daftar.ui.ListTestGateway;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.data.PolicyDataGateway;
import org.daftar.ui.data.Rights;
import org.daftar.ui.i18n.Language;
import org.daftar.ui.runtime.RuntimeHolder;
import org.daftar.ui.shell.LanguageSwitch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * "Import" on a list: the file's columns matched and previewed before anything is written, then
 * all or nothing through the policy engine, with every problem at its row and field.
 */
class ListImportTest extends ListScreenTest {

    @AfterEach
    void removeTheImportedProducts() {
        ListTestContext.database().execute("delete from shop.product where sku like 'IMP-%'");
    }

    @Test
    void aUserWithTheImportRightSeesWhatWillHappenThenImportsAndSeesTheRowsInTheList() {
        open("apps/shop/lists/products?q=IMP-");
        assertThat(rows()).isEmpty();

        upload("SKU,Name,price,Notes\nIMP-001,Imported dates,12.50,from the supplier\nIMP-002,\"Imported honey, large\",30,\n");

        assertThat(text("import-columns")).isEqualTo("Columns matched to fields: SKU → sku, Name → name, price → price");
        assertThat(text("import-ignored")).isEqualTo("Columns that will be ignored: Notes");
        assertThat(text("import-rows")).isEqualTo("2 rows to import");
        Grid<?> preview = _get(Grid.class, spec -> spec.withId("import-preview"));
        assertThat(GridKt._size(preview)).isEqualTo(2);
        assertThat(ListTestContext.database().queryValue("select count(*) from shop.product where sku like 'IMP-%'"))
                .isEqualTo(0L);
        Button run = _get(Button.class, spec -> spec.withId("import-run"));
        assertThat(run.getText()).isEqualTo("Import 2 rows");

        ButtonKt._click(run);

        NotificationsKt.expectNotifications("2 records added");
        _assertNone(ImportDialog.class);
        assertThat(column("sku")).containsExactly("IMP-001", "IMP-002");
        assertThat(column("name")).containsExactly("Imported dates", "Imported honey, large");
    }

    @Test
    void aFileWithABadValueIsRefusedAtItsRowAndFieldAndNothingIsAdded() {
        open("apps/shop/lists/products?q=IMP-");

        upload("sku,name,price\nIMP-003,Good,1\nIMP-004,Negative,-5\nIMP-005,Priceless,abc\n");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("import-run")));

        assertThat(problems()).hasSize(2).anySatisfy(p -> assertThat(p).startsWith("row 3, field price: "))
                .contains("row 4, field price: 'abc' is not a number.");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Nothing was imported. Correct these problems and try again:")))
                .isNotNull();
        assertThat(_find(ImportDialog.class)).hasSize(1);
        assertThat(ListTestContext.database().queryValue("select count(*) from shop.product where sku like 'IMP-%'"))
                .isEqualTo(0L);
        assertThat(rows()).isEmpty();
    }

    @Test
    void anArabicSpeakerReadsTheDialogAndTheProblemsInArabic() {
        open("apps/shop/lists/products?q=IMP-");
        HasValueUtilsKt._setValue(_get(LanguageSwitch.class), Language.ARABIC);

        assertThat(_get(ActionButton.class, spec -> spec.withId("import-records")).getText()).isEqualTo("استيراد");
        upload("sku,name,price\nIMP-006,تمر,abc\n");
        assertThat(_get(Button.class, spec -> spec.withId("import-run")).getText()).isEqualTo("استيراد صف واحد");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("import-run")));

        assertThat(problems()).containsExactly("الصف 2، الحقل price: 'abc' ليس رقمًا.");
        assertThat(documentDirection()).isEqualTo("rtl");
    }

    @Test
    void withoutTheImportRightThereIsNoImportAndTheServerRefusesADirectCall() {
        ListTestGateway.grant(new Rights(true, true, true, true, true, false, Set.of(), Set.of()));
        open("apps/shop/lists/products");

        _assertNone(ActionButton.class, spec -> spec.withId("import-records"));

        DataGateway clerk = new PolicyDataGateway(() -> UserContext.of("omar", Locale.ENGLISH, "shop.clerk"),
                ListTestContext.get().getBean(RuntimeHolder.class), () -> null, () -> null);
        assertThat(clerk.rights("shop.product").importRecords()).isFalse();
        assertThatThrownBy(() -> clerk.importCsv("shop.product", csv("sku,name\nIMP-007,Sneaked in\n"), null))
                .isInstanceOf(AccessDeniedException.class).hasMessage("You may not import records of Product.");
        assertThat(ListTestContext.database().queryValue("select count(*) from shop.product where sku like 'IMP-%'"))
                .isEqualTo(0L);
    }

    @Test
    void theTemplateIsTheHeaderOfTheFieldsTheUserMayImport() {
        open("apps/shop/lists/products");
        clickImport();

        assertThat(template()).isEqualTo("\uFEFFsku,name,description,price,stock,reorder_level,vat,tags,active\r\n");
        ButtonKt._click(_get(Button.class, spec -> spec.withId("import-cancel")));
        _assertNone(ImportDialog.class);

        ListTestGateway.grant(new Rights(true, true, true, true, true, true, Set.of("description"), Set.of("price")));
        open("apps/shop/lists/orders");
        open("apps/shop/lists/products");
        clickImport();

        assertThat(template()).isEqualTo("\uFEFFsku,name,stock,reorder_level,vat,tags,active\r\n");
    }

    /** Opens the import dialog and uploads {@code content} as a CSV file. */
    private static void upload(String content) {
        clickImport();
        UploadKt._upload(_get(ImportDialog.class).upload(), "products.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
    }

    /** Clicks "Import" (with the mouse, or Enter or Space on the focused button). */
    private static void clickImport() {
        BasicUtilsKt._fireDomEvent(_get(ActionButton.class, spec -> spec.withId("import-records")), "click");
    }

    private static String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private static List<String> problems() {
        return _find(ListItem.class).stream().map(ListItem::getText).toList();
    }

    private static String template() {
        return new String(DownloadKt._download(_get(Anchor.class, spec -> spec.withId("import-template"))),
                StandardCharsets.UTF_8);
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
