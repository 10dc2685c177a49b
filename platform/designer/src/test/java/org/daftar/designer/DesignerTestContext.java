package org.daftar.designer;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.daftar.data.migration.PlatformMigrations;
import org.daftar.designer.draft.DraftStore;
import org.daftar.designer.publish.DefinitionsWorkspace;
import org.daftar.designer.session.DesignerSession;
import org.daftar.model.Definitions;
import org.daftar.model.load.DefinitionSource;
import org.daftar.plugin.Plugins;
import org.daftar.testsupport.TestDatabase;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.i18n.Messages;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The designer's screens in Vaadin for a test: drafts on a database of the shared test PostgreSQL
 * (made once per JVM, with the platform's migrations and the designer's {@code V9}), the given
 * workspace, and {@link SignedIn} as the gateway (an admin unless the test signs in staff). The
 * published app of the editor tests is "desk" ({@link #desk}).
 */
public final class DesignerTestContext {

    private static final List<String> DESK = List.of("app.yaml", "entities/ticket.yaml", "forms/ticket.yaml",
            "lists/tickets.yaml", "roles/agent.yaml");
    private static TestDatabase database;

    public final DefinitionsWorkspace workspace;
    public final DraftStore drafts;
    public final DesignerSession session;

    private DesignerTestContext(DefinitionsWorkspace workspace, DataSource dataSource) {
        this.workspace = workspace;
        this.drafts = new DraftStore(dataSource);
        this.session = new DesignerSession(workspace, drafts, new SignedIn());
    }

    /** The database of the drafts (and of a real workspace), with the platform's tables. */
    public static synchronized TestDatabase database() {
        if (database == null) {
            database = TestDatabase.create(6);
            PlatformMigrations.migrate(database.dataSource());
        }
        return database;
    }

    /** The "desk" app's files, as published. */
    public static List<DefinitionSource> desk() {
        return DESK.stream().map(file -> new DefinitionSource("desk/" + file, read("desk/" + file))).toList();
    }

    /** Vaadin (English) with the designer over a files-only workspace that has published the desk app; no draft. */
    public static DesignerTestContext start() {
        return start(new FilesOnlyWorkspace(desk()), spring -> {});
    }

    /**
     * Vaadin (English) with the designer over {@code workspace}, an admin signed in, no draft;
     * {@code more} registers further beans (the ui module's screens' needs) before the context starts.
     */
    public static DesignerTestContext start(DefinitionsWorkspace workspace, Consumer<AnnotationConfigApplicationContext> more,
            String... packages) {
        TestDatabase db = database();
        db.execute("delete from daftar_designer_draft");
        SignedIn.admin();
        DesignerTestContext context = new DesignerTestContext(workspace, db.dataSource());
        AnnotationConfigApplicationContext spring = new AnnotationConfigApplicationContext();
        spring.registerBean(Messages.class);
        spring.registerBean(DataGateway.class, SignedIn::new);
        spring.registerBean(DefinitionsWorkspace.class, () -> workspace);
        spring.registerBean(DraftStore.class, () -> context.drafts);
        spring.registerBean(DesignerSession.class, () -> context.session);
        spring.registerBean(Plugins.class, Plugins::none);
        more.accept(spring);
        if (!spring.containsBeanDefinition(Definitions.class.getName())) {
            spring.registerBean(Definitions.class, () -> workspace.check(workspace.published()).definitions());
        }
        spring.refresh();
        Routes routes = new Routes().autoDiscoverViews("org.daftar.designer");
        for (String extra : packages) {
            routes.autoDiscoverViews(extra);
        }
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, spring, UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        return context;
    }

    public static void stop() {
        MockVaadin.tearDown();
        SignedIn.admin();
    }

    private static String read(String file) {
        String path = "/org/daftar/designer/" + file;
        try (InputStream in = DesignerTestContext.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
