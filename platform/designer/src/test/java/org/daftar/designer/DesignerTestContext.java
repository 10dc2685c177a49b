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
import org.daftar.designer.draft.DraftStore;
import org.daftar.designer.publish.DefinitionsWorkspace;
import org.daftar.designer.publish.PublishingWorkspace;
import org.daftar.designer.publish.WorkspaceFixture;
import org.daftar.designer.session.DesignerSession;
import org.daftar.model.load.DefinitionSource;
import org.daftar.plugin.Plugins;
import org.daftar.testsupport.TestDatabase;
import org.daftar.ui.data.DataGateway;
import org.daftar.ui.i18n.Messages;
import org.daftar.ui.runtime.RuntimeHolder;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The designer's screens in Vaadin for a test, on the real publishing workspace: a fresh database
 * of the embedded PostgreSQL with the platform's tables (the designer's drafts among them) that
 * started with the "desk" app ({@link #desk}) as version 1, the holder the screens read, and
 * {@link SignedIn} as the gateway (an admin unless the test signs in staff).
 */
public final class DesignerTestContext {

    private static final List<String> DESK = List.of("app.yaml", "entities/ticket.yaml", "forms/ticket.yaml",
            "lists/tickets.yaml", "roles/agent.yaml");
    private static DesignerTestContext running;

    public final WorkspaceFixture fixture;
    public final PublishingWorkspace workspace;
    public final DraftStore drafts;
    public final DesignerSession session;

    private DesignerTestContext(WorkspaceFixture fixture) {
        this.fixture = fixture;
        this.workspace = fixture.workspace();
        this.drafts = new DraftStore(fixture.dataSource());
        this.session = new DesignerSession(workspace, drafts, new SignedIn());
    }

    /** The "desk" app's files, as published at start. */
    public static List<DefinitionSource> desk() {
        return DESK.stream().map(file -> new DefinitionSource("desk/" + file, read("desk/" + file))).toList();
    }

    /** A new database that started with the desk app, and the designer in Vaadin (English) for an admin. */
    public static DesignerTestContext start() {
        return start(desk());
    }

    /** A new database that started with {@code files}, and the designer in Vaadin (English) for an admin. */
    public static DesignerTestContext start(List<DefinitionSource> files) {
        DesignerTestContext context = new DesignerTestContext(WorkspaceFixture.start(files));
        running = context;
        context.startVaadin();
        return context;
    }

    /** The designer in Vaadin (English) again, on the same database, for an admin. */
    public DesignerTestContext startVaadin() {
        SignedIn.admin();
        AnnotationConfigApplicationContext spring = new AnnotationConfigApplicationContext();
        spring.registerBean(Messages.class);
        spring.registerBean(DataGateway.class, SignedIn::new);
        spring.registerBean(RuntimeHolder.class, fixture::holder);
        spring.registerBean(DefinitionsWorkspace.class, () -> workspace);
        spring.registerBean(DraftStore.class, () -> drafts);
        spring.registerBean(DesignerSession.class, () -> session);
        spring.registerBean(Plugins.class, Plugins::none);
        spring.refresh();
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("org.daftar.designer"), spring, UI::new));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        return this;
    }

    public TestDatabase db() {
        return fixture.db();
    }

    /** Ends the Vaadin session; the database stays. */
    public static void stopVaadin() {
        MockVaadin.tearDown();
        SignedIn.admin();
    }

    /** Ends the Vaadin session and drops the database. */
    public static void stop() {
        stopVaadin();
        if (running != null) {
            running.fixture.close();
            running = null;
        }
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
