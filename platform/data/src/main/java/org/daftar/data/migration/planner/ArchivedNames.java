package org.daftar.data.migration.planner;

import java.util.Set;

/**
 * The names archived tables and columns are kept under: {@code _archived_<id>}, then
 * {@code _archived_<id>_2}, ... when taken. Definitions' names start with a letter, so these never
 * clash with them.
 */
final class ArchivedNames {

    static final String PREFIX = "_archived_";

    private ArchivedNames() {}

    static String choose(String id, Set<String> taken) {
        String name = PREFIX + id;
        for (int n = 2; taken.contains(name); n++) {
            name = PREFIX + id + "_" + n;
        }
        return name;
    }
}
