package org.daftar.designer.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daftar.model.load.DefinitionSource;

/**
 * An app as its admin sees it in the designer: the published files of every app, with this app's
 * files overlaid by its draft (changed, added or deleted files). A snapshot: it does not change
 * when the draft does.
 */
public final class AppDraft {

    private final String app;
    private final List<DefinitionSource> published;
    private final Map<String, DraftFile> draft = new LinkedHashMap<>();

    public AppDraft(String app, List<DefinitionSource> published, List<DraftFile> draft) {
        this.app = app;
        this.published = List.copyOf(published);
        draft.forEach(file -> this.draft.put(file.location(), file));
    }

    public String app() {
        return app;
    }

    /** The folder prefix of the app's files: {@code APP/}. */
    public static String prefix(String app) {
        return app + "/";
    }

    /** True when the draft changes anything. */
    public boolean hasChanges() {
        return !draft.isEmpty();
    }

    /** The draft's own files (changed, added or deleted). */
    public List<DraftFile> changes() {
        return List.copyOf(draft.values());
    }

    /** Every file to check or publish: every app's published files, this app's overlaid by the draft. */
    public List<DefinitionSource> allFiles() {
        Map<String, DefinitionSource> files = new LinkedHashMap<>();
        published.forEach(file -> files.put(file.location(), file));
        draft.values().forEach(file -> {
            if (file.deleted()) {
                files.remove(file.location());
            } else {
                files.put(file.location(), new DefinitionSource(file.location(), file.text()));
            }
        });
        List<DefinitionSource> all = new ArrayList<>(files.values());
        all.sort(Comparator.comparing(DefinitionSource::location));
        return all;
    }

    /** This app's files as the draft has them, in location order. */
    public List<DefinitionSource> appFiles() {
        return allFiles().stream().filter(file -> file.location().startsWith(prefix(app))).toList();
    }

    /** The text of one file of the draft, if it has it. */
    public Optional<String> text(String location) {
        return allFiles().stream().filter(file -> file.location().equals(location)).map(DefinitionSource::text).findFirst();
    }

    /** True when the app has published files (it is not a new app of the draft alone). */
    public boolean isPublished() {
        return published.stream().anyMatch(file -> file.location().startsWith(prefix(app)));
    }
}
