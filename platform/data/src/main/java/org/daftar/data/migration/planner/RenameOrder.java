package org.daftar.data.migration.planner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Orders renames so that none takes a name still in use: for {@code b -> c, a -> b}, {@code b -> c}
 * runs first. Renames that can never run (a swap, {@code a -> b, b -> a}, or a name held by
 * something that is not renamed) are returned as unresolved.
 */
final class RenameOrder {

    record Rename<T>(String from, String to, T item) {}

    record Result<T>(List<Rename<T>> ordered, List<Rename<T>> unresolved) {}

    private RenameOrder() {}

    /**
     * @param occupied the names in use when the renames start (their own old names included)
     */
    static <T> Result<T> of(List<Rename<T>> renames, Set<String> occupied) {
        Set<String> names = new HashSet<>(occupied);
        List<Rename<T>> pending = new ArrayList<>(renames);
        List<Rename<T>> ordered = new ArrayList<>();
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            for (Iterator<Rename<T>> it = pending.iterator(); it.hasNext(); ) {
                Rename<T> rename = it.next();
                if (!names.contains(rename.to())) {
                    ordered.add(rename);
                    names.remove(rename.from());
                    names.add(rename.to());
                    it.remove();
                    progress = true;
                }
            }
        }
        return new Result<>(ordered, pending);
    }
}
