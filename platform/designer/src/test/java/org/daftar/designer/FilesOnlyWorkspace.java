package org.daftar.designer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.daftar.data.migration.Plan;
import org.daftar.designer.publish.DefinitionsWorkspace;
import org.daftar.designer.publish.PublishOutcome;
import org.daftar.designer.publish.Release;
import org.daftar.model.load.DefinitionLoader;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;

/**
 * A workspace of files only, for the editor tests that need no tables: the check is the real
 * definitions loader, every plan is empty, and published versions are kept in memory. The whole
 * path with tables (plans, refused steps, records kept across a rename) is tested on the real
 * workspace and PostgreSQL in {@code DesignerWalkthroughTest}.
 */
public final class FilesOnlyWorkspace implements DefinitionsWorkspace {

    private final DefinitionLoader loader = new DefinitionLoader(List.of());
    private final List<List<DefinitionSource>> versions = new ArrayList<>();
    private final List<Release> releases = new ArrayList<>();

    public FilesOnlyWorkspace(List<DefinitionSource> first) {
        versions.add(List.copyOf(first));
        releases.add(new Release(1, "system", Instant.now(), "First", "files", "1"));
    }

    @Override
    public synchronized List<DefinitionSource> published() {
        return versions.getLast();
    }

    @Override
    public LoadResult check(List<DefinitionSource> files) {
        return loader.load(files);
    }

    @Override
    public Plan plan(List<DefinitionSource> files) {
        if (!check(files).ok()) {
            throw new IllegalArgumentException("The files have problems");
        }
        return new Plan(List.of());
    }

    @Override
    public synchronized PublishOutcome publish(List<DefinitionSource> files, String comment, String user) {
        LoadResult check = check(files);
        if (!check.ok()) {
            return new PublishOutcome(PublishOutcome.Status.INVALID, check, java.util.Optional.empty(), java.util.Optional.empty(),
                    "The files have problems");
        }
        List<DefinitionSource> sorted = files.stream().sorted(java.util.Comparator.comparing(DefinitionSource::location)).toList();
        if (sorted.equals(published())) {
            return new PublishOutcome(PublishOutcome.Status.UNCHANGED, check, java.util.Optional.of(new Plan(List.of())),
                    java.util.Optional.empty(), "Nothing changed");
        }
        versions.add(sorted);
        Release release = new Release(versions.size(), user, Instant.now(), comment, "designer", String.valueOf(versions.size()));
        releases.add(release);
        return new PublishOutcome(PublishOutcome.Status.PUBLISHED, check, java.util.Optional.of(new Plan(List.of())),
                java.util.Optional.of(release), "Published version " + versions.size());
    }

    @Override
    public synchronized List<Release> releases() {
        return releases.reversed();
    }

    @Override
    public synchronized List<DefinitionSource> files(long number) {
        return versions.get((int) number - 1);
    }
}
