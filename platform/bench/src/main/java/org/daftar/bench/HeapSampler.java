package org.daftar.bench;

import java.util.List;
import org.daftar.query.RowSink;

/**
 * Counts the rows an export streams and measures the live heap (after a full GC) when a tenth of
 * them has passed and again at the end: equal figures mean the export runs in constant memory.
 */
final class HeapSampler implements RowSink {

    private final long expectedRows;
    private long rows;
    private double earlyMb;
    private double endMb;

    HeapSampler(long expectedRows) {
        this.expectedRows = expectedRows;
    }

    @Override
    public void start(List<String> columns) {
        rows = 0;
    }

    @Override
    public void row(Object[] values) {
        rows++;
        if (rows == Math.max(1, expectedRows / 10)) {
            earlyMb = liveHeapMb();
        }
    }

    @Override
    public void end() {
        endMb = liveHeapMb();
    }

    long rows() {
        return rows;
    }

    double earlyMb() {
        return earlyMb;
    }

    double endMb() {
        return endMb;
    }

    static double liveHeapMb() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
    }
}
