package org.daftar.designer.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.daftar.data.migration.PlatformMigrations;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.DefinitionSource;
import org.daftar.testsupport.TestDatabase;
import org.daftar.ui.runtime.RuntimeFactory;
import org.daftar.ui.runtime.RuntimeHolder;

/**
 * A running workspace without Spring, for the designer's tests: a fresh database on the embedded
 * PostgreSQL with the platform's tables, the start-up rule applied to some files (so they are
 * version 1), the holder every screen would read and the {@link PublishingWorkspace} that swaps it.
 *
 * <pre>{@code
 * try (WorkspaceFixture fixture = WorkspaceFixture.start(WorkspaceFixture.app("desk", """
 *         id: ticket
 *         fields:
 *           - {id: title, type: text, required: true}
 *         """))) {
 *     PublishOutcome outcome = fixture.workspace().publish(changed, "More fields", "admin");
 *     fixture.holder().current().records().create("desk.ticket", ...);
 * }
 * }</pre>
 */
public final class WorkspaceFixture implements AutoCloseable {

    /** Who published the files at start. */
    public static final String PROCESS_OWNER = "daftar@test";

    private static final Pattern ID = Pattern.compile("(?m)^id: *([a-z0-9_]+)");

    private final TestDatabase db;
    private final DefinitionLoader loader;
    private final RuntimeFactory factory;
    private final ReleaseStore releases;
    private StartupRule.Start start;
    private RuntimeHolder holder;
    private PublishingWorkspace workspace;

    private WorkspaceFixture(TestDatabase db) {
        this.db = db;
        this.loader = new DefinitionLoader(List.of());
        this.factory = new RuntimeFactory(db.dataSource(), loader.fieldTypes());
        this.releases = new ReleaseStore(db.dataSource());
    }

    /** A new database started with {@code files} (which must be valid and safe on an empty database). */
    public static WorkspaceFixture start(List<DefinitionSource> files) {
        TestDatabase db = TestDatabase.create(4);
        PlatformMigrations.migrate(db.dataSource());
        WorkspaceFixture fixture = new WorkspaceFixture(db);
        fixture.restart(files);
        return fixture;
    }

    /**
     * Starts again on the same database with {@code files}, as the server would after a restart:
     * the start-up rule decides, and a new holder and workspace are made.
     */
    public StartupRule.Start restart(List<DefinitionSource> files) {
        start = new StartupRule(loader, factory, releases).start(files, PROCESS_OWNER);
        if (!start.refused()) {
            holder = start.holder();
            workspace = new PublishingWorkspace(loader, factory, releases, holder);
        }
        return start;
    }

    /**
     * The files of one app: {@code APP/app.yaml} listing the entities, and each entity (YAML
     * without {@code kind: entity}) as {@code APP/entities/ID.yaml}.
     */
    public static List<DefinitionSource> app(String appId, String... entities) {
        List<DefinitionSource> sources = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String entity : entities) {
            Matcher id = ID.matcher(entity);
            if (!id.find()) {
                throw new IllegalArgumentException("An entity needs an id: " + entity);
            }
            ids.add(id.group(1));
            sources.add(new DefinitionSource(appId + "/entities/" + id.group(1) + ".yaml", "kind: entity\n" + entity));
        }
        sources.add(new DefinitionSource(appId + "/app.yaml",
                "kind: app\nid: " + appId + "\nlabel: " + appId + "\nentities: [" + String.join(", ", ids) + "]\n"));
        return sorted(sources);
    }

    /** {@code files} with the file at {@code location} replaced by (or added as) {@code text}. */
    public static List<DefinitionSource> with(List<DefinitionSource> files, String location, String text) {
        List<DefinitionSource> changed = new ArrayList<>(files.stream().filter(f -> !f.location().equals(location)).toList());
        changed.add(new DefinitionSource(location, text));
        return sorted(changed);
    }

    private static List<DefinitionSource> sorted(List<DefinitionSource> files) {
        return files.stream().sorted(Comparator.comparing(DefinitionSource::location)).toList();
    }

    public PublishingWorkspace workspace() {
        return workspace;
    }

    /** The holder the screens would read. */
    public RuntimeHolder holder() {
        return holder;
    }

    /** What the last (re)start did. */
    public StartupRule.Start lastStart() {
        return start;
    }

    public ReleaseStore releases() {
        return releases;
    }

    public DefinitionLoader loader() {
        return loader;
    }

    public RuntimeFactory factory() {
        return factory;
    }

    public TestDatabase db() {
        return db;
    }

    public DataSource dataSource() {
        return db.dataSource();
    }

    @Override
    public void close() {
        db.close();
    }
}
