package org.daftar.designer.publish;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.daftar.data.migration.Plan;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;
import org.daftar.ui.runtime.RuntimeFactory;
import org.daftar.ui.runtime.RuntimeHolder;
import org.daftar.ui.runtime.RuntimeSnapshot;

/**
 * The {@link DefinitionsWorkspace} of the running server: publishes into the live database and
 * swaps the new snapshot into the {@link RuntimeHolder}, so every screen uses it from its next
 * navigation. One publish runs at a time; the others wait.
 *
 * <p>Publishing checks the files (as the server loads them at start: the plugins' field types
 * and the installed themes), builds the new snapshot (the query engine warmed up), applies their
 * plan and records the version in one transaction with the
 * {@link org.daftar.data.migration.SchemaMigrator} — a plan with a refused step, or a step or the
 * recording that fails, leaves the tables, the versions and the screens as they were — then swaps
 * the snapshot in.
 *
 * <pre>{@code
 * PublishingWorkspace workspace = new PublishingWorkspace(loader, factory, new ReleaseStore(dataSource), holder);
 * workspace.publish(files, "Phone on customers", "admin");
 * }</pre>
 */
public final class PublishingWorkspace implements DefinitionsWorkspace {

    private final Publication publication;
    private final RuntimeHolder holder;
    private final ReentrantLock publishing = new ReentrantLock(true);

    /**
     * @param loader loads files as the server does at start (field types, themes)
     * @param factory builds the services of a published set, on the server's database
     * @param holder the snapshot every screen runs on; replaced at each publish
     */
    public PublishingWorkspace(DefinitionLoader loader, RuntimeFactory factory, ReleaseStore releases, RuntimeHolder holder) {
        this.publication = new Publication(loader, factory, releases);
        this.holder = holder;
    }

    /** The holder this workspace swaps snapshots into. */
    public RuntimeHolder holder() {
        return holder;
    }

    @Override
    public List<DefinitionSource> published() {
        long number = holder.current().version().number();
        return number == 0 ? List.of() : publication.releases().files(number);
    }

    @Override
    public LoadResult check(List<DefinitionSource> files) {
        return publication.check(files);
    }

    @Override
    public Plan plan(List<DefinitionSource> files) {
        return publication.plan(files);
    }

    @Override
    public PublishOutcome publish(List<DefinitionSource> files, String comment, String user) {
        return publish(files, comment, user, ReleaseOrigin.DESIGNER);
    }

    /** Publishes as {@link #publish(List, String, String)}, recording where the files came from; texts in the screen's language. */
    public PublishOutcome publish(List<DefinitionSource> files, String comment, String user, ReleaseOrigin origin) {
        return publish(files, comment, user, origin, PublishTexts.currentLocale());
    }

    /** Publishes as {@link #publish(List, String, String)}, with the texts for the admin in {@code locale}. */
    public PublishOutcome publish(List<DefinitionSource> files, String comment, String user, ReleaseOrigin origin,
            Locale locale) {
        publishing.lock();
        try {
            LoadResult checked = publication.check(files);
            if (!checked.ok()) {
                return new PublishOutcome(PublishOutcome.Status.INVALID, checked, Optional.empty(), Optional.empty(),
                        PublishTexts.get(locale, "invalid", checked.problems().size()));
            }
            RuntimeSnapshot current = holder.current();
            if (current.version().number() > 0 && current.version().checksum().equals(DefinitionsChecksum.of(files))) {
                Optional<Release> release = publication.releases().find(current.version().number());
                return new PublishOutcome(PublishOutcome.Status.UNCHANGED, checked, Optional.of(new Plan(List.of())),
                        release, PublishTexts.get(locale, "unchanged", current.version().number()));
            }
            Publication.Attempt attempt = publication.apply(files, checked, comment, user, origin, locale);
            if (attempt.snapshot() != null) {
                holder.swap(attempt.snapshot());
            }
            return attempt.outcome();
        } finally {
            publishing.unlock();
        }
    }

    @Override
    public List<Release> releases() {
        return publication.releases().all();
    }

    @Override
    public List<DefinitionSource> files(long number) {
        return publication.releases().files(number);
    }

    /** Publishes the files of version {@code number} again, recorded as a rollback, with its own plan. */
    @Override
    public PublishOutcome rollback(long number, String user) {
        Locale locale = PublishTexts.currentLocale();
        return publish(files(number), PublishTexts.get(locale, "rolledBack", number), user, ReleaseOrigin.ROLLBACK, locale);
    }
}
