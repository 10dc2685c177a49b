package org.daftar.designer.publish;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.daftar.data.migration.MigrationOptions;
import org.daftar.data.migration.MigrationResult;
import org.daftar.data.migration.SchemaMigrator;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;
import org.daftar.ui.runtime.RuntimeFactory;
import org.daftar.ui.runtime.RuntimeHolder;
import org.daftar.ui.runtime.RuntimeSnapshot;

/**
 * Which definitions the server starts with, keeping the files and the published versions in step:
 *
 * <ul>
 *   <li>no version yet, or the files differ (by checksum) from the newest version that came from
 *       files: the files are published as a new version (origin {@code files});</li>
 *   <li>otherwise the server runs on the newest version, which may come from the designer: files
 *       left as they were do not undo what admins published.</li>
 * </ul>
 *
 * Either way the tables are made to match first; a plan with a refused step changes nothing and
 * is returned for the caller to refuse the start.
 *
 * <pre>{@code
 * StartupRule.Start start = new StartupRule(loader, factory, releases).start(files, "ahmad@host");
 * if (start.refused()) throw ...;              // start.migration().plan() says why
 * RuntimeHolder holder = start.holder();
 * }</pre>
 */
public final class StartupRule {

    private final Publication publication;
    private final RuntimeFactory factory;

    public StartupRule(DefinitionLoader loader, RuntimeFactory factory, ReleaseStore releases) {
        this.publication = new Publication(loader, factory, releases);
        this.factory = factory;
    }

    /**
     * Applies the rule to the files read at start (valid ones: check them first).
     *
     * @param user who published them: the process owner ({@code user@host})
     * @throws IllegalArgumentException when the files have problems
     * @throws IllegalStateException when the version to run on has problems (a plugin it needs is gone)
     */
    public Start start(List<DefinitionSource> files, String user) {
        LoadResult checked = publication.check(files);
        if (!checked.ok()) {
            throw new IllegalArgumentException("The definition files have problems: " + checked.problems());
        }
        ReleaseStore releases = publication.releases();
        String checksum = DefinitionsChecksum.of(files);
        Optional<Release> latest = releases.latest();
        Optional<Release> fromFiles = releases.latest(ReleaseOrigin.FILES);
        if (latest.isEmpty() || fromFiles.isEmpty() || !fromFiles.get().checksum().equals(checksum)) {
            if (latest.isPresent() && latest.get().checksum().equals(checksum)) {
                // the files are what is published (exported from the designer): note that they are in step
                Release release = releases.record(Publication.sorted(files), ReleaseOrigin.FILES, "Definition files at start", user);
                return runOn(release, checked, Kind.RECORDED_FILES);
            }
            Publication.Attempt attempt = publication.apply(files, checked, "Definition files at start", user,
                    ReleaseOrigin.FILES, Locale.ENGLISH);
            return switch (attempt.outcome().status()) {
                case PUBLISHED -> new Start(Kind.PUBLISHED_FILES, attempt.outcome().release().orElseThrow(), attempt.snapshot(),
                        attempt.migration());
                case REFUSED -> new Start(Kind.REFUSED, latest.orElse(null), null, attempt.migration());
                default -> throw new IllegalStateException(attempt.outcome().message());
            };
        }
        Release release = latest.get();
        LoadResult kept = publication.check(releases.files(release.number()));
        if (!kept.ok()) {
            throw new IllegalStateException("Published version " + release.number() + " has problems now: " + kept.problems());
        }
        return runOn(release, kept, Kind.KEPT_RELEASE);
    }

    private Start runOn(Release release, LoadResult checked, Kind kind) {
        MigrationResult result = new SchemaMigrator(factory.dataSource())
                .migrate(publication.desired(checked.definitions()), MigrationOptions.defaults());
        if (result.status() == MigrationResult.Status.REFUSED) {
            return new Start(Kind.REFUSED, release, null, result);
        }
        return new Start(kind, release, publication.snapshot(checked.definitions(), release), result);
    }

    /** What the rule did. */
    public enum Kind {
        /** The files were new or changed: published as a new version. */
        PUBLISHED_FILES,
        /** The files equal the newest version (not from files): recorded as in step, nothing else changed. */
        RECORDED_FILES,
        /** The files are unchanged since the last start: the newest version is kept. */
        KEPT_RELEASE,
        /** The tables cannot be made to match without losing or changing data: nothing changed. */
        REFUSED
    }

    /**
     * The start.
     *
     * @param release the version the server runs on (null when refused on an empty database)
     * @param snapshot its services, warmed up (null when refused)
     * @param migration what was done to the tables; its plan says why when refused
     */
    public record Start(Kind kind, Release release, RuntimeSnapshot snapshot, MigrationResult migration) {

        public boolean refused() {
            return kind == Kind.REFUSED;
        }

        /** A holder starting with this start's snapshot. */
        public RuntimeHolder holder() {
            if (snapshot == null) {
                throw new IllegalStateException("The start was refused: " + migration.plan().text());
            }
            return RuntimeHolder.of(snapshot);
        }
    }
}
