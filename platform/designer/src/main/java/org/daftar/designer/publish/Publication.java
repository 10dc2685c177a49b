package org.daftar.designer.publish;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.daftar.data.migration.MigrationFailedException;
import org.daftar.data.migration.MigrationOptions;
import org.daftar.data.migration.MigrationResult;
import org.daftar.data.migration.Plan;
import org.daftar.data.migration.PlannedStep;
import org.daftar.data.migration.SchemaMigrator;
import org.daftar.data.migration.desired.DesiredSchema;
import org.daftar.data.migration.words.PlanWords;
import org.daftar.model.Definitions;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;
import org.daftar.ui.runtime.RuntimeFactory;
import org.daftar.ui.runtime.RuntimeSnapshot;

/**
 * The steps of publishing that need no holder: check files, plan, apply the plan, record the
 * version and build its snapshot. {@link PublishingWorkspace} swaps the snapshot in;
 * {@link StartupRule} starts with it.
 */
final class Publication {

    private final DefinitionLoader loader;
    private final RuntimeFactory factory;
    private final ReleaseStore releases;
    private final SchemaMigrator migrator;

    Publication(DefinitionLoader loader, RuntimeFactory factory, ReleaseStore releases) {
        this.loader = loader;
        this.factory = factory;
        this.releases = releases;
        this.migrator = new SchemaMigrator(factory.dataSource());
    }

    ReleaseStore releases() {
        return releases;
    }

    LoadResult check(List<DefinitionSource> files) {
        return loader.load(files);
    }

    DesiredSchema desired(Definitions definitions) {
        return DesiredSchema.of(definitions, loader.fieldTypes());
    }

    Plan plan(List<DefinitionSource> files) {
        LoadResult checked = check(files);
        if (!checked.ok()) {
            throw new IllegalArgumentException("The files have " + checked.problems().size() + " problem(s): "
                    + checked.problems().getFirst());
        }
        return migrator.plan(desired(checked.definitions()), MigrationOptions.defaults());
    }

    /**
     * Applies checked, valid files and records them in the same transaction: the outcome, and the new snapshot (warmed up)
     * when published. The snapshot is built and warmed up before the tables change, so the moment
     * between the tables changing and the screens following is as short as it can be.
     */
    Attempt apply(List<DefinitionSource> files, LoadResult checked, String comment, String user, ReleaseOrigin origin,
            Locale locale) {
        DesiredSchema desired = desired(checked.definitions());
        Plan planned = migrator.plan(desired, MigrationOptions.defaults());
        if (!planned.canApply(false)) {
            return Attempt.notPublished(refused(checked, planned, locale), new MigrationResult(MigrationResult.Status.REFUSED, planned, 0));
        }
        RuntimeSnapshot prepared = factory.build(checked.definitions());
        prepared.queries().warmUp();
        AtomicReference<Release> recorded = new AtomicReference<>();
        MigrationResult result;
        try {
            // the version is recorded in the transaction that changes the tables: both or neither
            result = migrator.migrate(desired, new MigrationOptions(false, Set.of(), user),
                    connection -> recorded.set(releases.record(connection, sorted(files), origin, comment, user)));
        } catch (MigrationFailedException | IllegalStateException e) {
            return Attempt.notPublished(new PublishOutcome(PublishOutcome.Status.FAILED, checked, Optional.of(planned),
                    Optional.empty(), PublishTexts.get(locale, "failed", e.getMessage())), null);
        }
        if (result.status() == MigrationResult.Status.REFUSED) {
            return Attempt.notPublished(refused(checked, result.plan(), locale), result);
        }
        Release release = recorded.get();
        return new Attempt(new PublishOutcome(PublishOutcome.Status.PUBLISHED, checked, Optional.of(result.plan()),
                Optional.of(release), PublishTexts.get(locale, "published", release.number())),
                prepared.withVersion(version(release)), result);
    }

    private static PublishOutcome refused(LoadResult checked, Plan plan, Locale locale) {
        return new PublishOutcome(PublishOutcome.Status.REFUSED, checked, Optional.of(plan), Optional.empty(), refusal(plan, locale));
    }

    /** The services for {@code definitions} as version {@code release}, with the query engine warmed up. */
    RuntimeSnapshot snapshot(Definitions definitions, Release release) {
        RuntimeSnapshot snapshot = factory.build(definitions, version(release));
        snapshot.queries().warmUp();
        return snapshot;
    }

    static RuntimeSnapshot.Version version(Release release) {
        return new RuntimeSnapshot.Version(release.number(), release.publishedAt(), release.checksum());
    }

    static List<DefinitionSource> sorted(List<DefinitionSource> files) {
        return files.stream().sorted(java.util.Comparator.comparing(DefinitionSource::location)).toList();
    }

    private static String refusal(Plan plan, Locale locale) {
        String reasons = plan.refused().stream()
                .map(step -> step.step().words(locale) + " — " + step.refusal(locale).map(PlannedStep.Refusal::reason).orElse(""))
                .collect(Collectors.joining(PlanWords.semicolon(locale)));
        return PublishTexts.get(locale, "refused", plan.refused().size(), plan.steps().size(), reasons);
    }

    /**
     * What applying gave.
     *
     * @param snapshot the new snapshot, only when published
     * @param migration what the migrator did; null when it failed
     */
    record Attempt(PublishOutcome outcome, RuntimeSnapshot snapshot, MigrationResult migration) {

        static Attempt notPublished(PublishOutcome outcome, MigrationResult migration) {
            return new Attempt(outcome, null, migration);
        }
    }
}
