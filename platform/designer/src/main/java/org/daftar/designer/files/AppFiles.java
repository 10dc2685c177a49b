package org.daftar.designer.files;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.daftar.model.load.DefinitionSource;

/**
 * The files of one app within a set named as in {@code definitions/} ({@code APP/...}), and an
 * imported app put in place of the published one.
 *
 * <pre>{@code
 * List<DefinitionSource> next = AppFiles.merge(workspace.published(), DefinitionsZip.read(upload));
 * workspace.publish(next, "Imported shop", admin, ReleaseOrigin.IMPORT);
 * }</pre>
 */
public final class AppFiles {

    private AppFiles() {}

    /** The app a file belongs to: the first folder of its location. */
    public static String appOf(DefinitionSource file) {
        int slash = file.location().indexOf('/');
        return slash < 0 ? "" : file.location().substring(0, slash);
    }

    /** The apps {@code files} hold, sorted. */
    public static Set<String> apps(List<DefinitionSource> files) {
        Set<String> apps = new TreeSet<>();
        files.forEach(file -> apps.add(appOf(file)));
        return apps;
    }

    /** The files of the app {@code app}; all of them when {@code app} is null. */
    public static List<DefinitionSource> of(List<DefinitionSource> files, String app) {
        return app == null ? files : files.stream().filter(file -> appOf(file).equals(app)).toList();
    }

    /**
     * The published files with every app of {@code imported} replaced by its imported files (files
     * the import no longer has are gone); the other apps stay as they are. In location order.
     */
    public static List<DefinitionSource> merge(List<DefinitionSource> published, List<DefinitionSource> imported) {
        Set<String> replaced = apps(imported);
        List<DefinitionSource> merged = new ArrayList<>(published.stream().filter(file -> !replaced.contains(appOf(file))).toList());
        merged.addAll(imported);
        merged.sort(Comparator.comparing(DefinitionSource::location));
        return List.copyOf(merged);
    }
}
