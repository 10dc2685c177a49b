package org.daftar.designer.files;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.daftar.designer.publish.PublishOutcome;
import org.daftar.designer.publish.PublishingWorkspace;
import org.daftar.designer.publish.ReleaseOrigin;
import org.daftar.model.load.DefinitionFiles;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Development: watches a definitions folder (and every folder in it) and publishes what changed,
 * as files ({@code origin files}), once the folder has been quiet for a moment (editors save in
 * several steps). Files with problems are logged at {@code file:line:column} and nothing changes;
 * so is a refused plan, with its reasons.
 *
 * <pre>{@code
 * FolderWatch watch = FolderWatch.start(Path.of("definitions"), workspace, "ahmad@host", FolderWatch.DEBOUNCE);
 * ...
 * watch.close();
 * }</pre>
 */
public final class FolderWatch implements AutoCloseable {

    /** How long the folder must be quiet before its files are published. */
    public static final Duration DEBOUNCE = Duration.ofMillis(300);

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatch.class);

    private final Path folder;
    private final PublishingWorkspace workspace;
    private final String user;
    private final Duration debounce;
    private final WatchService watcher;
    private final Thread thread;
    private volatile PublishOutcome last;

    private FolderWatch(Path folder, PublishingWorkspace workspace, String user, Duration debounce) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        this.workspace = workspace;
        this.user = user;
        this.debounce = debounce;
        this.watcher = FileSystems.getDefault().newWatchService();
        registerAll(this.folder);
        this.thread = Thread.ofPlatform().daemon().name("daftar-definitions-watch").unstarted(this::run);
    }

    /** Starts watching {@code folder}; changes are published by {@code user}. */
    public static FolderWatch start(Path folder, PublishingWorkspace workspace, String user, Duration debounce) {
        try {
            FolderWatch watch = new FolderWatch(folder, workspace, user, debounce);
            watch.thread.start();
            LOG.info("Watching {} for changes to the definitions", watch.folder);
            return watch;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * The files of a definitions folder, named as published ({@code APP/...}): the folder's own
     * name is left out.
     */
    public static List<DefinitionSource> read(Path folder) {
        return DefinitionFiles.read(List.of(folder)).stream().map(file -> {
            int slash = file.location().indexOf('/');
            return slash < 0 ? file : new DefinitionSource(file.location().substring(slash + 1), file.text());
        }).toList();
    }

    /** What the last publish of a change gave; null before the first change. */
    public PublishOutcome last() {
        return last;
    }

    /** Reads the folder and publishes it now, logging what happened. */
    public PublishOutcome publishNow() {
        List<DefinitionSource> files = read(folder);
        PublishOutcome outcome = workspace.publish(files, "Changed in " + folder.getFileName(), user, ReleaseOrigin.FILES,
                Locale.ENGLISH);
        switch (outcome.status()) {
            case PUBLISHED -> LOG.info("Definitions reloaded from {}: {}{}", folder, outcome.message(),
                    outcome.plan().map(plan -> plan.isEmpty() ? "" : " Applied " + plan.summary()).orElse(""));
            case UNCHANGED -> LOG.debug("Definitions in {} unchanged", folder);
            case INVALID -> {
                StringBuilder problems = new StringBuilder();
                for (Problem problem : outcome.check().problems()) {
                    problems.append("\n  ").append(folder.getFileName()).append('/').append(problem);
                }
                LOG.warn("Definitions in {} not reloaded: {} problem(s), nothing changed:{}", folder,
                        outcome.check().problems().size(), problems);
            }
            case REFUSED -> LOG.warn("Definitions in {} not reloaded: {}\n{}", folder, outcome.message(),
                    outcome.plan().map(plan -> plan.text()).orElse(""));
            case FAILED -> LOG.warn("Definitions in {} not reloaded: {}", folder, outcome.message());
        }
        last = outcome;
        return outcome;
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watcher.take();
                drain(key);
                // quiet period: keep taking events until none come for the debounce time
                WatchKey more;
                while ((more = watcher.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                try {
                    publishNow();
                } catch (RuntimeException e) {
                    LOG.warn("Definitions in {} not reloaded: {}", folder, e.getMessage(), e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes the key's events, watching folders made meanwhile too. */
    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                continue;
            }
            Path changed = dir.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerAll(changed);
                } catch (IOException e) {
                    LOG.warn("Cannot watch {}: {}", changed, e.getMessage());
                }
            }
        }
        key.reset();
    }

    private void registerAll(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                if (!dir.getFileName().toString().startsWith(".") || dir.equals(root)) {
                    dir.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
                }
            }
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            watcher.close();
            thread.join(2_000);
        } catch (IOException e) {
            LOG.debug("Closing the watch of {}: {}", folder, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
