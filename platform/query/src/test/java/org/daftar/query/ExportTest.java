package org.daftar.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.daftar.data.schema.Ddl;
import org.daftar.data.schema.TableSpecs;
import org.daftar.model.link.FieldTypes;
import org.daftar.model.report.Operator;
import org.daftar.query.export.CsvExport;
import org.daftar.query.export.XlsxExport;
import org.daftar.query.model.Filter;
import org.daftar.query.model.Query;
import org.daftar.query.model.Sort;
import org.daftar.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

/** Issue 4: exports stream rows from PostgreSQL to CSV and XLSX in constant memory, without a row cap. */
class ExportTest {

    static final ShopData SHOP = ShopData.get();

    final Query customers = Query.from("shop.customer").select("code", "name", "region").orderBy(Sort.asc("code"));

    @Test
    void csvHasAHeaderQuotedValuesAndArabicText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        long rows = SHOP.engine().stream(customers.compute(org.daftar.query.model.Computed.of("note", "name & ', \"x\"'"))
                .select("note"), SHOP.everything, Map.of(), 10, new CsvExport(out));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(rows).isEqualTo(38);
        assertThat(lines).hasSize(39);
        assertThat(lines.getFirst()).isEqualTo("\uFEFFcode,name,region,note");
        assertThat(lines.get(1)).isEqualTo("C-0001,شركة الريان 1,west,\"شركة الريان 1, \"\"x\"\"\"");
        assertThat(lines.get(2)).isEqualTo("C-0002,Zahra Foods 2,,\"Zahra Foods 2, \"\"x\"\"\"");
    }

    @Test
    void xlsxHasTheRowsAndGoesOnInANewSheetPastTheSheetLimit() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        SHOP.engine().stream(Query.from("shop.sales_order").select("number", "order_date", "total")
                .orderBy(Sort.asc("number")), SHOP.everything, Map.of(), 50, new XlsxExport(out, 201));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetAt(0).getLastRowNum() + book.getSheetAt(1).getLastRowNum())
                    .isEqualTo(((Number) SHOP.db.queryValue(
                            "select count(*) from shop.sales_order where deleted_at is null")).intValue());
            assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("order_date");
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("ORD-00001");
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(java.time.LocalDate.parse(
                            SHOP.db.queryValue("select order_date from shop.sales_order where id = 1").toString()));
            assertThat(book.getSheetAt(0).getRow(1).getCell(2).getNumericCellValue()).isPositive();
        }
    }

    @Test
    void theHeapDoesNotGrowWithTheRowCount() throws Exception {
        try (TestDatabase big = TestDatabase.create(2)) {
            Ddl.createAll(new TableSpecs(SHOP.definitions, new FieldTypes(List.of())).all()).forEach(big::execute);
            big.execute("insert into shop.customer (created_by, code, name, region, email) select 's', 'C-' || i, "
                    + "'عميل رقم ' || i || ' customer', (array['central','west'])[1 + i % 2], 'c' || i || '@x.com' "
                    + "from generate_series(1, 400000) i");
            big.execute("vacuum analyze shop.customer");
            QueryEngine engine = new QueryEngine(big.dataSource(), SHOP.catalog);
            Query all = Query.from("shop.customer").select("code", "name", "region", "email");

            HeapWatch small = export(engine, all.where(Filter.of("id", Operator.LE, 40_000)));
            HeapWatch large = export(engine, all);

            System.out.printf("export_rows: %d / %d; max used heap after GC: %.1f MB / %.1f MB; %d ms / %d ms%n",
                    small.rows, large.rows, small.maxUsed / 1e6, large.maxUsed / 1e6, small.millis, large.millis);
            assertThat(small.rows).isEqualTo(40_000);
            assertThat(large.rows).isEqualTo(400_000);
            assertThat(large.maxUsed - small.maxUsed).isLessThan(16_000_000);
        }
    }

    private static HeapWatch export(QueryEngine engine, Query query) {
        HeapWatch watch = new HeapWatch();
        long start = System.nanoTime();
        watch.rows = engine.stream(query, SHOP.everything, Map.of(), 2_000,
                new CsvExport(OutputStream.nullOutputStream()).andThen(watch));
        watch.millis = (System.nanoTime() - start) / 1_000_000;
        return watch;
    }

    /** Measures the used heap after a GC every 20,000 rows. */
    static final class HeapWatch implements RowSink {
        long rows;
        long maxUsed;
        long millis;
        private long seen;

        @Override
        public void start(List<String> columns) {}

        @Override
        public void row(Object[] values) {
            if (++seen % 20_000 == 0) {
                System.gc();
                maxUsed = Math.max(maxUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            }
        }
    }
}
