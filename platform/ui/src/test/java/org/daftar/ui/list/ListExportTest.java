package org.daftar.ui.list;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.daftar.ui.i18n.Language;
import org.daftar.ui.shell.LanguageSwitch;
import org.junit.jupiter.api.Test;

class ListExportTest extends ListScreenTest {

    @Test
    void csvHoldsTheFilteredSortedViewWithItsLabels() {
        open("apps/shop/lists/orders?sort=total&status=in:cancelled&cols=number,customer.name,status,total");

        List<String> lines = csv("export-csv");

        assertThat(lines).hasSize(1 + 8);
        assertThat(lines.getFirst()).isEqualTo("\uFEFFNumber,Customer › Name,Status,Total");
        assertThat(lines.get(1)).isEqualTo("ORD-2026-00002,Zahra Foods,cancelled,23.00");
        assertThat(lines.getLast()).isEqualTo("ORD-2026-00023,Ahmad Stores,cancelled,264.50");
    }

    @Test
    void anArabicExportHasArabicHeaders() {
        open("apps/shop/lists/orders?status=in:cancelled&cols=customer.name,order_date");
        HasValueUtilsKt._setValue(_get(LanguageSwitch.class), Language.ARABIC);

        assertThat(csv("export-csv").getFirst()).isEqualTo("\uFEFFعميل › الاسم,Order date");
    }

    @Test
    void xlsxHoldsTheSameRowsWithNumbersAndDatesAsValues() throws Exception {
        open("apps/shop/lists/products?price=between:10,20&sort=price");

        byte[] file = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("export-xlsx")));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            Row header = sheet.getRow(0);
            assertThat(List.of(header.getCell(0).getStringCellValue(), header.getCell(1).getStringCellValue(),
                    header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue()))
                    .containsExactly("Sku", "Name", "Price", "Stock");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("P-0004");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(10.0);
            assertThat(sheet.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(20.0);
        }
    }

    @Test
    void aLongExportShowsItsProgressUntilItEnds() {
        open("apps/shop/lists/products");
        ExportProgress progress = new ExportProgress(UI.getCurrent(), 20_000, rows -> "Exporting… " + rows + " rows");

        progress.rows(1_000);
        NotificationsKt.expectNoNotifications();
        progress.rows(6_000);
        UI.getCurrent().getSession().getService().runPendingAccessTasks(UI.getCurrent().getSession());

        Notification shown = _get(Notification.class, spec -> spec.withId("export-progress"));
        assertThat(shown.getElement().getTextRecursively()).contains("Exporting… 6000 rows");
        assertThat(UI.getCurrent().getPollInterval()).isPositive();

        progress.finished();
        UI.getCurrent().getSession().getService().runPendingAccessTasks(UI.getCurrent().getSession());

        assertThat(shown.isOpened()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    private static List<String> csv(String id) {
        byte[] file = DownloadKt._download(_get(Anchor.class, spec -> spec.withId(id)));
        return new String(file, StandardCharsets.UTF_8).lines().toList();
    }
}
