package org.daftar.model.report;

import java.util.List;
import org.daftar.model.SourceRef;

/** How a report's result is drawn: {@code x} and {@code series} name groups, {@code y} measures. */
public record ChartDef(ChartType type, String x, List<String> y, String series, SourceRef at) {

    public ChartDef {
        y = y == null ? List.of() : List.copyOf(y);
    }

    /** The kinds of chart. */
    public enum ChartType {
        TABLE,
        BAR,
        STACKED_BAR,
        LINE,
        AREA,
        PIE,
        NUMBER
    }
}
