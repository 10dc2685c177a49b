package org.daftar.designer.session;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.daftar.data.migration.Plan;
import org.daftar.designer.draft.AppDraft;
import org.daftar.designer.draft.DraftStore;
import org.daftar.designer.files.AppFiles;
import org.daftar.designer.files.DefinitionsZip;
import org.daftar.designer.publish.DefinitionsWorkspace;
import org.daftar.designer.publish.PublishOutcome;
import org.daftar.designer.publish.PublishingWorkspace;
import org.daftar.designer.publish.ReleaseOrigin;
import org.daftar.designer.publish.Release;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;
import org.daftar.ui.data.DataGateway;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * What the designer's screens do, for the signed-in user: read and change an app's draft, check it,
 * plan and publish it, list, compare and roll back versions, export and import apps. Every method
 * first checks through the {@link DataGateway} that the signed-in user is an admin and throws
 * {@link DesignerAccessDeniedException} otherwise, so an action is refused on the server even when
 * called without its button.
 */
@Component
public class DesignerSession {

    /** The built-in role that may use the designer. */
    public static final String ADMIN = "admin";

    private final DefinitionsWorkspace workspace;
    private final DraftStore drafts;
    private final DataGateway gateway;

    public DesignerSession(DefinitionsWorkspace workspace, DraftStore drafts, @Lazy DataGateway gateway) {
        this.workspace = workspace;
        this.drafts = drafts;
        this.gateway = gateway;
    }

    /** True when the signed-in user is an admin. */
    public boolean mayDesign() {
        try {
            return gateway.roles().contains(ADMIN);
        } catch (RuntimeException e) {
            return false; // nobody signed in
        }
    }

    /** Throws unless the signed-in user is an admin; returns the user's name. */
    public String requireAdmin() {
        if (!mayDesign()) {
            String user;
            try {
                user = gateway.user();
            } catch (RuntimeException e) {
                user = null;
            }
            throw new DesignerAccessDeniedException(user);
        }
        return gateway.user();
    }

    /** The ids of the published apps and of the apps only a draft has, in order. */
    public List<String> apps() {
        requireAdmin();
        TreeSet<String> apps = new TreeSet<>(drafts.apps());
        apps.addAll(AppFiles.apps(workspace.published()));
        apps.remove("");
        return new ArrayList<>(apps);
    }

    /** The app as its draft has it. */
    public AppDraft draft(String app) {
        requireAdmin();
        return new AppDraft(app, workspace.published(), drafts.files(app));
    }

    /** Keeps {@code text} as the draft's version of the file at {@code location} (in {@code app}'s folder). */
    public void write(String app, String location, String text) {
        String user = requireAdmin();
        drafts.save(app, inApp(app, location), text, user);
    }

    /** The draft deletes the file at {@code location}. */
    public void delete(String app, String location) {
        String user = requireAdmin();
        drafts.save(app, inApp(app, location), null, user);
    }

    /** Forgets the draft of {@code app}: the published app shows again. */
    public void discard(String app) {
        requireAdmin();
        drafts.discard(app);
    }

    /** Every problem of the draft of {@code app} (and of the other apps as published), or its definitions. */
    public LoadResult check(String app) {
        return check(draft(app).allFiles());
    }

    public LoadResult check(List<DefinitionSource> files) {
        requireAdmin();
        return workspace.check(files);
    }

    /** What publishing {@code files} would do to the tables. */
    public Plan plan(List<DefinitionSource> files) {
        requireAdmin();
        return workspace.plan(files);
    }

    /** Publishes the draft of {@code app}; the draft is cleared when it was published (or changed nothing). */
    public PublishOutcome publish(String app, String comment) {
        String user = requireAdmin();
        PublishOutcome outcome = workspace.publish(draft(app).allFiles(), comment, user);
        if (outcome.status() == PublishOutcome.Status.PUBLISHED || outcome.status() == PublishOutcome.Status.UNCHANGED) {
            drafts.discard(app);
        }
        return outcome;
    }

    /** Publishes a whole set of files read from a zip, recorded as an import. */
    public PublishOutcome publishImport(List<DefinitionSource> files, String comment) {
        String user = requireAdmin();
        if (workspace instanceof PublishingWorkspace publishing) {
            return publishing.publish(files, comment, user, ReleaseOrigin.IMPORT);
        }
        return workspace.publish(files, comment, user);
    }

    public List<Release> releases() {
        requireAdmin();
        return workspace.releases();
    }

    public List<DefinitionSource> files(long version) {
        requireAdmin();
        return workspace.files(version);
    }

    /** What rolling back to {@code version} would do to the tables. */
    public Plan rollbackPlan(long version) {
        requireAdmin();
        return workspace.plan(workspace.files(version));
    }

    public PublishOutcome rollback(long version) {
        String user = requireAdmin();
        return workspace.rollback(version, user);
    }

    /** The published files of {@code app}. */
    public List<DefinitionSource> publishedFiles(String app) {
        requireAdmin();
        return AppFiles.of(workspace.published(), app);
    }

    /**
     * Every published file, with the apps of {@code imported} replaced by the imported files:
     * what publishing an import means.
     */
    public List<DefinitionSource> withImported(List<DefinitionSource> imported) {
        requireAdmin();
        return AppFiles.merge(workspace.published(), imported);
    }

    /** The published files of {@code app} as a zip ({@code APP/...} entries). */
    public byte[] exportZip(String app) {
        requireAdmin();
        return DefinitionsZip.export(workspace.published(), app);
    }

    /** The signed-in admin's name. */
    public String user() {
        return requireAdmin();
    }

    private static String inApp(String app, String location) {
        if (!app.matches("[a-z][a-z0-9_]{0,49}") || !location.startsWith(AppDraft.prefix(app)) || location.contains("..")) {
            throw new IllegalArgumentException("'" + location + "' is not a file of the app '" + app + "'");
        }
        return location;
    }
}
