package org.daftar.bench;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.ServletContext;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import kotlin.jvm.functions.Function0;
import org.daftar.data.attachment.DatabaseAttachmentStore;
import org.daftar.data.migration.MigrationOptions;
import org.daftar.data.migration.PlatformMigrations;
import org.daftar.data.migration.SchemaMigrator;
import org.daftar.data.migration.desired.DesiredSchema;
import org.daftar.data.record.sample.SampleDataLoader;
import org.daftar.model.Definitions;
import org.daftar.ui.runtime.RuntimeFactory;
import org.daftar.ui.runtime.RuntimeHolder;
import org.daftar.ui.runtime.RuntimeSnapshot;
import org.daftar.model.link.FieldTypes;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.LoadResult;
import org.daftar.plugin.Plugins;
import org.daftar.query.QueryEngine;
import org.daftar.query.model.Query;
import org.daftar.query.model.Sort;
import org.daftar.query.schema.Catalog;
import org.daftar.security.policy.PolicyEngine;
import org.daftar.security.policy.UserContext;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.data.PolicyDataGateway;
import org.daftar.ui.form.FormSupport;
import org.daftar.ui.i18n.Messages;
import org.daftar.ui.list.SavedViewStore;
import org.daftar.ui.shell.LanguageInitializer;
import org.springframework.context.support.GenericApplicationContext;

/**
 * What a user costs the server: N simulated sessions (Karibu's mock Vaadin, the real views and
 * services, the built-in apps with their sample data on PostgreSQL), each with two tabs — the
 * sales-orders list and an order's form with its lines — and the live heap they add, per session,
 * after a full GC.
 */
final class SessionsBenchmark implements Benchmark {

    private static final String LIST = "apps/orders/lists/sales_orders";
    private static final String FORM = "apps/orders/forms/sales_order/";

    @Override
    public String name() {
        return "sessions";
    }

    @Override
    public String description() {
        return "live heap per session with a list and a form open (--sessions N, default 200; run from the repository root)";
    }

    @Override
    public List<Figure> run(List<String> args) throws Exception {
        int sessions = Measures.option(args, "--sessions", 200);
        Plugins plugins = Plugins.load();
        Definitions definitions = builtInApps(plugins);
        FieldTypes fieldTypes = new FieldTypes(plugins.fieldTypes());
        try (BenchDatabase db = new BenchDatabase(4)) {
            DataSource dataSource = db.dataSource();
            PlatformMigrations.migrate(dataSource);
            new SchemaMigrator(dataSource).migrate(DesiredSchema.of(definitions, fieldTypes), MigrationOptions.defaults());
            RuntimeSnapshot snapshot = new RuntimeFactory(dataSource, fieldTypes).build(definitions);
            RuntimeHolder runtime = RuntimeHolder.of(snapshot);
            new SampleDataLoader(snapshot.records(), definitions, fieldTypes).loadOnce("bench");
            Catalog catalog = snapshot.catalog();
            QueryEngine engine = snapshot.queries();
            engine.warmUp();
            PolicyEngine policy = snapshot.policy();
            UserContext admin = UserContext.of("admin", Locale.ENGLISH, "admin");
            DataGateway gateway = new PolicyDataGateway(() -> admin, runtime,
                    () -> new DatabaseAttachmentStore(dataSource), () -> null);
            long order = ((Number) engine.run(Query.from("orders.sales_order").select("id").orderBy(Sort.desc("id")).limit(1),
                    policy.readableSchema(admin), Map.of()).rows().getFirst().getFirst()).longValue();

            // As the application runs: production mode keeps no development aids (where each component was made).
            System.setProperty("vaadin.productionMode", "true");
            GenericApplicationContext spring = screens(runtime, dataSource, catalog, plugins, gateway);
            MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.daftar.ui"), spring, UI::new));
            try {
                List<UI> open = new ArrayList<>();
                openSession(open, order);
                open.clear();
                double before = HeapSampler.liveHeapMb();
                for (int i = 0; i < sessions; i++) {
                    openSession(open, order);
                }
                double after = HeapSampler.liveHeapMb();
                if (open.size() != 2 * sessions) {
                    throw new IllegalStateException("Expected " + 2 * sessions + " open tabs, not " + open.size());
                }
                return List.of(
                        new Figure("sessions", sessions, ""),
                        new Figure("session_heap_kb", Math.round((after - before) * 1024 / sessions), "KB"));
            } finally {
                MockVaadin.tearDown();
                spring.close();
            }
        }
    }

    /** A new session, with the list in one tab and the order's form in another; both kept open. */
    private static void openSession(List<UI> open, long order) throws Exception {
        newSession();
        UI list = UI.getCurrent();
        list.navigate(LIST);
        respond(list);
        open.add(list);
        MockVaadin.INSTANCE.createUI$karibu_testing_v10(UI::new, VaadinSession.getCurrent());
        UI form = UI.getCurrent();
        form.navigate(FORM + order);
        respond(form);
        open.add(form);
        if (list.getChildren().findAny().isEmpty() || form.getChildren().findAny().isEmpty()) {
            throw new IllegalStateException("The list or the form did not open");
        }
    }

    /**
     * What the server does to answer the browser: run what waits for the response and write the
     * changes out (Karibu has no browser, so the changes would otherwise pile up in the UI).
     */
    private static void respond(UI ui) {
        MockVaadin.clientRoundtrip(false);
        ui.getInternals().getStateTree().collectChanges(change -> { });
    }

    /** Karibu keeps one session at a time; its own session factory makes another on the same servlet. */
    private static void newSession() throws Exception {
        Method create = MockVaadin.class.getDeclaredMethod("createSession", ServletContext.class, Function0.class);
        create.setAccessible(true);
        Function0<UI> ui = UI::new;
        create.invoke(MockVaadin.INSTANCE, VaadinServlet.getCurrent().getServletContext(), ui);
    }

    private static GenericApplicationContext screens(RuntimeHolder runtime, DataSource dataSource, Catalog catalog,
            Plugins plugins, DataGateway gateway) {
        Definitions definitions = runtime.current().definitions();
        GenericApplicationContext spring = new GenericApplicationContext();
        spring.registerBean(RuntimeHolder.class, () -> runtime);
        spring.registerBean(DataSource.class, () -> dataSource);
        spring.registerBean(DataGateway.class, () -> gateway);
        spring.registerBean(Messages.class);
        spring.registerBean(LanguageInitializer.class);
        spring.registerBean(SavedViewStore.class);
        spring.registerBean(FormSupport.class, () -> new FormSupport(definitions, gateway, catalog, plugins));
        spring.refresh();
        return spring;
    }

    private static Definitions builtInApps(Plugins plugins) {
        Path folder = Path.of("definitions");
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("No definitions/ folder here: run the sessions benchmark from the repository root");
        }
        LoadResult loaded = new DefinitionLoader(plugins.fieldTypes()).loadFolders(List.of(folder));
        if (!loaded.ok()) {
            throw new IllegalStateException("The built-in apps have problems: " + loaded.problems());
        }
        return loaded.definitions();
    }
}
