package org.daftar.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What every benchmark needs: its options, medians and elapsed times. */
final class Measures {

    private Measures() {}

    /** The median of measured values. */
    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /** The whole-number option {@code name} ({@code --rows 1000000}), or {@code fallback} when not given. */
    static int option(List<String> args, String name, int fallback) {
        int at = args.indexOf(name);
        if (at < 0) {
            return fallback;
        }
        if (at + 1 >= args.size() || !args.get(at + 1).matches("[1-9][0-9]{0,8}")) {
            throw new IllegalArgumentException(name + " needs a positive whole number, e.g. " + name + " " + fallback);
        }
        return Integer.parseInt(args.get(at + 1));
    }
}
