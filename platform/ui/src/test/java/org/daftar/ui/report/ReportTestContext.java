package org.daftar.ui.report;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.daftar.data.schema.Ddl;
import org.daftar.data.schema.TableSpecs;
import org.daftar.model.Definitions;
import org.daftar.ui.runtime.RuntimeFactory;
import org.daftar.ui.runtime.RuntimeHolder;
import org.daftar.model.link.FieldTypes;
import org.daftar.query.QueryEngine;
import org.daftar.query.SqlMode;
import org.daftar.query.schema.Catalog;
import org.daftar.query.schema.ReadableSchema;
import org.daftar.testsupport.ShopFixture;
import org.daftar.testsupport.TestDatabase;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.i18n.Messages;
import org.daftar.ui.report.saved.DashboardTiles;
import org.daftar.ui.report.saved.SavedReportStore;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The world of the report tests, made once per JVM: the shop app of the test fixtures with its
 * tables on the shared test PostgreSQL filled with 40 customers, 30 products and 300 orders with
 * lines, the saved-report tables of {@code V7__saved_reports.sql}, the query engine and a gateway
 * whose user a test chooses. {@link #startVaadin} starts Vaadin in a Spring context holding them.
 */
final class ReportTestContext {

    private static ReportTestContext shared;

    final TestDatabase db;
    final Definitions definitions;
    final Catalog catalog;
    final QueryEngine queries;
    final ReportTestGateway gateway;
    final SavedReportStore savedReports;
    final DashboardTiles tiles;

    private ReportTestContext() {
        definitions = ShopFixture.definitions();
        db = TestDatabase.create(4);
        Ddl.createAll(new TableSpecs(definitions, new FieldTypes(List.of())).all()).forEach(db::execute);
        fill();
        db.execute(resource("/db/migration/V7__saved_reports.sql"));
        catalog = new Catalog(definitions, new FieldTypes(List.of()));
        queries = new QueryEngine(db.dataSource(), catalog);
        gateway = new ReportTestGateway(queries, new SqlMode(db.dataSource(), catalog, Duration.ofSeconds(30)),
                ReadableSchema.everything(catalog));
        savedReports = new SavedReportStore(db.dataSource());
        tiles = new DashboardTiles(db.dataSource());
    }

    static synchronized ReportTestContext get() {
        if (shared == null) {
            shared = new ReportTestContext();
        }
        return shared;
    }

    /** Starts Vaadin in {@code locale}, signed in as {@code user} with {@code roles}. */
    void startVaadin(Locale locale, String user, String... roles) {
        gateway.signIn(user, roles);
        AnnotationConfigApplicationContext spring = new AnnotationConfigApplicationContext();
        spring.registerBean(Messages.class);
        spring.registerBean(RuntimeHolder.class,
                () -> RuntimeHolder.of(new RuntimeFactory(db.dataSource(), new FieldTypes(List.of())).build(definitions)));
        spring.registerBean(DataGateway.class, () -> gateway);
        spring.registerBean(SavedReportStore.class, () -> savedReports);
        spring.registerBean(DashboardTiles.class, () -> tiles);
        spring.refresh();
        Routes routes = new Routes().autoDiscoverViews("org.daftar.ui.report");
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, spring, UI::new));
        UI.getCurrent().setLocale(locale);
    }

    /** The rows of hand-written SQL, each value as text the way the CSV export writes it. */
    List<List<String>> rows(String sql) {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<List<String>> all = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = rows.getObject(i);
                    row.add(value == null ? "" : value instanceof java.math.BigDecimal d ? d.toPlainString()
                            : value instanceof java.sql.Date d ? d.toLocalDate().toString() : value.toString());
                }
                all.add(row);
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void fill() {
        db.execute("""
                insert into shop.customer (created_by, code, name, phone, email, region, owner)
                select 'seed', 'C-' || lpad(i::text, 4, '0'),
                       (array['Al Noor Trading', 'شركة الريان', 'Zahra Foods', 'مؤسسة الأمل', 'Baraka Market',
                              'بيت التمور', 'apex supplies', 'الواحة الخضراء'])[1 + i % 8] || ' ' || i,
                       null, null, (array['central', 'west', null])[1 + i % 3], null
                from generate_series(1, 40) i""");
        db.execute("""
                insert into shop.product (created_by, sku, name, price, stock, reorder_level, active)
                select 'seed', 'P-' || i,
                       (array['Dates', 'قهوة عربية', 'Saffron', 'هيل', 'Honey', 'تمر سكري'])[1 + i % 6] || ' ' || i,
                       round((i * 7.25) % 100 + 1, 2), (i * 3) % 17, 5, i % 5 <> 0
                from generate_series(1, 30) i""");
        db.execute("""
                insert into shop.sales_order (created_by, number, reference, customer, order_date, status)
                select 'seed', 'ORD-' || lpad(i::text, 5, '0'), 'R-' || i, 1 + (i * 7) % 40,
                       date '2024-12-01' + (i * 19) % 740,
                       (array['draft', 'confirmed', 'confirmed', 'cancelled'])[1 + i % 4]
                from generate_series(1, 300) i""");
        db.execute("""
                insert into shop.order_line (created_by, parent_id, line_no, product, quantity, unit_price, amount)
                select 'seed', o.id, n, 1 + (o.id * 3 + n * 5) % 30, 1 + (o.id + n) % 7,
                       round(((o.id * n * 13) % 90 + 5)::numeric, 2),
                       (1 + (o.id + n) % 7) * round(((o.id * n * 13) % 90 + 5)::numeric, 2)
                from shop.sales_order o, generate_series(1, 3) n
                where n <= 1 + o.id % 3""");
        db.execute("update shop.product set low = stock < reorder_level");
        db.execute("""
                update shop.sales_order o set subtotal = s.subtotal, tax = round(s.subtotal * 0.15, 2),
                       total = s.subtotal + round(s.subtotal * 0.15, 2)
                from (select parent_id, sum(amount) subtotal from shop.order_line group by parent_id) s
                where s.parent_id = o.id""");
        db.execute("update shop.sales_order set deleted_at = now(), deleted_by = 'seed' where id % 23 = 0");
        db.execute("analyze");
    }

    private static String resource(String name) {
        try (InputStream in = ReportTestContext.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
