package org.daftar.model.expression;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" hints for misspelt names, by Levenshtein distance. */
public final class Suggestions {

    private static final int MAX_DISTANCE = 2;
    private static final int MAX_LISTED = 12;

    private Suggestions() {}

    /**
     * A sentence to append to an "Unknown ..." message: " Did you mean 'sum'?" when a candidate
     * is close, else the list of candidates (" Functions: a, b, c."), else nothing.
     */
    public static String forName(String name, Collection<String> candidates, String listHeading) {
        Optional<String> closest = closest(name, candidates);
        if (closest.isPresent()) {
            return " Did you mean '" + closest.get() + "'?";
        }
        if (candidates.isEmpty()) {
            return "";
        }
        String listed = candidates.stream().sorted().limit(MAX_LISTED)
                .reduce((a, b) -> a + ", " + b).orElse("");
        return " " + listHeading + ": " + listed + (candidates.size() > MAX_LISTED ? ", ..." : ".");
    }

    /** " Did you mean 'x'?" when a candidate is close, else an empty text. */
    public static String didYouMean(String name, Collection<String> candidates) {
        return closest(name, candidates).map(candidate -> " Did you mean '" + candidate + "'?").orElse("");
    }

    /** The candidate closest to {@code name}, if at most two edits away (ignoring case). */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .filter(candidate -> !candidate.equals(name))
                .filter(candidate -> distance(lower, candidate.toLowerCase(Locale.ROOT)) <= limit(name))
                .min(Comparator.<String>comparingInt(c -> distance(lower, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** Short names get fewer edits, so that 'x' does not suggest 'id'. */
    private static int limit(String name) {
        return Math.min(MAX_DISTANCE, Math.max(0, name.length() - 1));
    }

    /** The Levenshtein distance: insertions, deletions and substitutions turning a into b. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
