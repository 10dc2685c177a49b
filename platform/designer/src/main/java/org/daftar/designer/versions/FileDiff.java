package org.daftar.designer.versions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.daftar.model.load.DefinitionSource;

/**
 * How two sets of files differ, file by file: added, removed, or changed with the changed lines
 * ({@link LineDiff}); files that are equal are left out.
 */
public final class FileDiff {

    public enum Change { ADDED, REMOVED, CHANGED }

    /** One file that differs. */
    public record FileChange(String location, Change change, List<LineDiff.Line> lines) {}

    private FileDiff() {}

    /** The files under {@code prefix} (e.g. {@code shop/}; "" for all) that differ from {@code older} to {@code newer}. */
    public static List<FileChange> of(List<DefinitionSource> older, List<DefinitionSource> newer, String prefix) {
        Map<String, String> before = texts(older, prefix);
        Map<String, String> after = texts(newer, prefix);
        TreeSet<String> locations = new TreeSet<>(before.keySet());
        locations.addAll(after.keySet());
        List<FileChange> changes = new ArrayList<>();
        for (String location : locations) {
            String a = before.get(location);
            String b = after.get(location);
            if (a == null) {
                changes.add(new FileChange(location, Change.ADDED, LineDiff.of("", b)));
            } else if (b == null) {
                changes.add(new FileChange(location, Change.REMOVED, LineDiff.of(a, "")));
            } else if (!a.equals(b)) {
                changes.add(new FileChange(location, Change.CHANGED, LineDiff.of(a, b)));
            }
        }
        return changes;
    }

    private static Map<String, String> texts(List<DefinitionSource> files, String prefix) {
        Map<String, String> texts = new TreeMap<>();
        files.stream().filter(file -> file.location().startsWith(prefix)).forEach(file -> texts.put(file.location(), file.text()));
        return texts;
    }
}
