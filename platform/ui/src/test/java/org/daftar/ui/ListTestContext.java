package org.daftar.ui;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.daftar.data.attachment.AttachmentStore;
import org.daftar.data.migration.PlatformMigrations;
import org.daftar.data.record.RecordService;
import org.daftar.data.record.WriteContext;
import org.daftar.data.schema.Ddl;
import org.daftar.data.schema.TableSpecs;
import org.daftar.model.Definitions;
import org.daftar.ui.runtime.RuntimeFactory;
import org.daftar.ui.runtime.RuntimeHolder;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.link.FieldTypes;
import org.daftar.query.QueryEngine;
import org.daftar.query.schema.Catalog;
import org.daftar.testsupport.ShopFixture;
import org.daftar.testsupport.TestDatabase;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.shell.SignOut;
import org.daftar.ui.data.DirectDataGateway;
import org.daftar.ui.data.PolicyDataGateway;
import org.daftar.security.policy.UserContext;
import org.daftar.ui.i18n.Messages;
import org.daftar.ui.list.SavedViewStore;
import org.daftar.ui.shell.LanguageInitializer;
import org.springframework.context.support.GenericApplicationContext;

/**
 * One Spring context for the list and shell screen tests of a JVM: the shop fixture's definitions
 * on a fresh embedded PostgreSQL with the platform's tables, a record service, a query engine, a
 * {@link ListTestGateway} for the user {@value #USER} (every right unless a test narrows them; imports go through the policy engine as an admin), the built-in texts and the saved view
 * store. The shop holds {@value #CUSTOMERS} customers, {@value #ORDERS} orders (made through the
 * record service, so totals are computed) and {@value #PRODUCTS} products (made with SQL, every
 * tenth inactive, every seventh without stock).
 */
public final class ListTestContext {

    public static final String USER = "sara";
    public static final int CUSTOMERS = 6;
    public static final int ORDERS = 24;
    public static final int PRODUCTS = 250;

    private static GenericApplicationContext context;
    private static TestDatabase database;

    private ListTestContext() {}

    /** The shared context, built on first use. */
    public static synchronized GenericApplicationContext get() {
        if (context == null) {
            context = build();
        }
        return context;
    }

    public static TestDatabase database() {
        get();
        return database;
    }

    private static final java.util.concurrent.atomic.AtomicBoolean SIGNED_OUT = new java.util.concurrent.atomic.AtomicBoolean();

    /** True once "Sign out" was used in a test of this JVM. */
    public static boolean signedOut() {
        return SIGNED_OUT.get();
    }

    private static GenericApplicationContext build() {
        Definitions definitions = ShopFixture.definitions();
        FieldTypes fieldTypes = new FieldTypes(List.of());
        database = TestDatabase.create();
        DataSource dataSource = database.dataSource();
        Ddl.createAll(new TableSpecs(definitions, fieldTypes).all()).forEach(database::execute);
        PlatformMigrations.migrate(dataSource);
        RecordService records = RecordService.builder(dataSource, definitions).fieldTypes(fieldTypes).build();
        Catalog catalog = new Catalog(definitions, fieldTypes);
        QueryEngine queries = new QueryEngine(dataSource, catalog);
        fill(records);
        GenericApplicationContext spring = new GenericApplicationContext();
        RuntimeHolder runtime = RuntimeHolder.of(new RuntimeFactory(dataSource, fieldTypes).build(definitions));
        spring.registerBean(RuntimeHolder.class, () -> runtime);
        spring.registerBean(DataSource.class, () -> dataSource);
        spring.registerBean(RecordService.class, () -> records);
        spring.registerBean(QueryEngine.class, () -> queries);
        spring.registerBean(DataGateway.class,
                () -> new ListTestGateway(new DirectDataGateway(records, queries, catalog, definitions, new NoAttachments(), dataSource, USER),
                        new PolicyDataGateway(() -> UserContext.of(USER, Locale.ENGLISH, "admin"), runtime, () -> null, () -> null)));
        spring.registerBean(Messages.class);
        spring.registerBean(LanguageInitializer.class);
        spring.registerBean(SavedViewStore.class);
        spring.registerBean(SignOut.class, () -> () -> SIGNED_OUT.set(true));
        spring.refresh();
        return spring;
    }

    private static void fill(RecordService records) {
        database.execute("""
                insert into shop.product (created_by, sku, name, price, stock, reorder_level, active)
                select 'seed', 'P-' || lpad(i::text, 4, '0'),
                       (array['Dates', 'قهوة عربية', 'Saffron', 'هيل', 'Honey'])[1 + i % 5] || ' ' || lpad(i::text, 4, '0'),
                       i * 2.5, case when i % 7 = 0 then null else i % 40 end, 5, i % 10 <> 0
                from generate_series(1, PRODUCTS) i""".replace("PRODUCTS", String.valueOf(PRODUCTS)));
        database.execute("analyze");
        WriteContext seed = WriteContext.of("seed", Locale.ENGLISH);
        String[] names = {"Al Noor Trading", "شركة الريان", "Zahra Foods", "مؤسسة الأمل", "Baraka Market", "Ahmad Stores"};
        for (int i = 1; i <= CUSTOMERS; i++) {
            records.create("shop.customer", Map.of("code", "C-%04d".formatted(i), "name", names[i - 1],
                    "region", i % 2 == 0 ? "west" : "central"), seed);
        }
        String[] statuses = {"draft", "confirmed", "cancelled"};
        for (int i = 1; i <= ORDERS; i++) {
            Map<String, Object> order = new java.util.HashMap<>();
            order.put("reference", "R-%03d".formatted(i));
            order.put("customer", (long) (1 + i % CUSTOMERS));
            order.put("order_date", LocalDate.of(2026, 1, 1).plusDays(i * 5L));
            order.put("status", statuses[i % 3]);
            if (i % 3 == 2) {
                order.put("cancel_reason", "late");
            }
            order.put("lines", List.of(Map.of("product", (long) (1 + i % 5), "quantity", BigDecimal.ONE,
                    "unit_price", new BigDecimal(10 * i))));
            records.create("shop.sales_order", order, seed);
        }
    }

    /** Lists have no attachments to keep. */
    private static final class NoAttachments implements AttachmentStore {
        @Override
        public Map<String, Object> store(FieldDef field, String fileName, String mediaType, InputStream content, Locale locale) {
            throw new UnsupportedOperationException("The list tests keep no files");
        }

        @Override
        public boolean copyTo(String ref, OutputStream out) {
            return false;
        }
    }
}
