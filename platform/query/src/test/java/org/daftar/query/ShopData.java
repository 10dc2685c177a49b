package org.daftar.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.daftar.data.schema.Ddl;
import org.daftar.data.schema.TableSpecs;
import org.daftar.model.Definitions;
import org.daftar.model.link.FieldTypes;
import org.daftar.query.schema.Catalog;
import org.daftar.query.schema.ReadableSchema;
import org.daftar.testsupport.ShopFixture;
import org.daftar.testsupport.TestDatabase;

/**
 * The shop's tables on a fresh test database, filled by plain SQL: 40 customers, 30 products,
 * 300 orders over two years with 1-3 lines each, Arabic and English names, empty values, and
 * soft-deleted customers, orders and lines. Shared by the tests of one JVM; "today" is 2026-06-15.
 */
final class ShopData {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("UTC")).toInstant(), ZoneId.of("UTC"));

    private static ShopData shared;

    final TestDatabase db;
    final Definitions definitions;
    final Catalog catalog;
    final ReadableSchema everything;

    private ShopData() {
        definitions = ShopFixture.definitions();
        db = TestDatabase.create();
        Ddl.createAll(new TableSpecs(definitions, new FieldTypes(List.of())).all()).forEach(db::execute);
        fill();
        catalog = new Catalog(definitions, new FieldTypes(List.of()));
        everything = ReadableSchema.everything(catalog);
    }

    static synchronized ShopData get() {
        if (shared == null) {
            shared = new ShopData();
        }
        return shared;
    }

    QueryEngine engine() {
        return new QueryEngine(db.dataSource(), catalog, CLOCK);
    }

    private void fill() {
        db.execute("""
                insert into shop.customer (created_by, code, name, phone, email, region, owner)
                select 'seed', 'C-' || lpad(i::text, 4, '0'),
                       (array['Al Noor Trading', 'شركة الريان', 'Zahra Foods', 'مؤسسة الأمل', 'Baraka Market',
                              'بيت التمور', 'apex supplies', 'الواحة الخضراء'])[1 + i % 8] || ' ' || i,
                       case when i % 4 = 0 then null else '+966 5' || lpad(i::text, 8, '0') end,
                       case when i % 5 = 0 then null else 'c' || i || '@example.com' end,
                       (array['central', 'west', null])[1 + i % 3],
                       case when i % 2 = 0 then 'sara' else null end
                from generate_series(1, 40) i""");
        db.execute("""
                insert into shop.product (created_by, sku, name, price, stock, reorder_level, active, tags)
                select 'seed', 'P-' || i,
                       (array['Dates', 'قهوة عربية', 'Saffron', 'هيل', 'Honey', 'تمر سكري'])[1 + i % 6] || ' ' || i,
                       round((i * 7.25) % 100 + 1, 2), (i * 3) % 17, 5, i % 5 <> 0,
                       case when i % 3 = 0 then array['new']::varchar(63)[] else null end
                from generate_series(1, 30) i""");
        db.execute("""
                insert into shop.sales_order (created_by, number, reference, customer, order_date, delivery_at,
                                              delivery_slot, status, cancel_reason)
                select 'seed', 'ORD-' || lpad(i::text, 5, '0'), 'R-' || i, 1 + (i * 7) % 40,
                       date '2024-12-01' + (i * 19) % 740,
                       case when i % 6 = 0 then null
                            else (date '2024-12-01' + (i * 19) % 740 + 2) + time '10:00' end,
                       case when i % 2 = 0 then time '10:00' else null end,
                       (array['draft', 'confirmed', 'confirmed', 'cancelled'])[1 + i % 4],
                       case when i % 4 = 3 then 'لا يريد' else null end
                from generate_series(1, 300) i""");
        db.execute("""
                insert into shop.order_line (created_by, parent_id, line_no, product, quantity, unit_price, amount)
                select 'seed', o.id, n, 1 + (o.id * 3 + n * 5) % 30, 1 + (o.id + n) % 7,
                       round(((o.id * n * 13) % 90 + 5)::numeric, 2),
                       (1 + (o.id + n) % 7) * round(((o.id * n * 13) % 90 + 5)::numeric, 2)
                from shop.sales_order o, generate_series(1, 3) n
                where n <= 1 + o.id % 3""");
        db.execute("update shop.product set low = stock < reorder_level");
        db.execute("update shop.order_line set deleted_at = now(), deleted_by = 'seed' where id % 17 = 0");
        db.execute("""
                update shop.sales_order o set subtotal = s.subtotal, tax = round(s.subtotal * 0.15, 2),
                       total = s.subtotal + round(s.subtotal * 0.15, 2)
                from (select parent_id, sum(amount) subtotal from shop.order_line where deleted_at is null
                      group by parent_id) s
                where s.parent_id = o.id""");
        db.execute("update shop.sales_order set deleted_at = now(), deleted_by = 'seed' where id % 23 = 0");
        db.execute("update shop.customer set deleted_at = now(), deleted_by = 'seed' where id in (7, 19)");
        db.execute("update shop.product set deleted_at = now(), deleted_by = 'seed' where id = 11");
        db.execute("analyze");
    }

    /** The rows of hand-written SQL, read the way the engine reads them. */
    List<List<Object>> rows(String sql, Object... values) {
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement statement = Statements.prepare(connection, sql, List.of(values));
                ResultSet rows = statement.executeQuery()) {
            List<List<Object>> all = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(Statements.value(rows, i));
                }
                all.add(row);
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
