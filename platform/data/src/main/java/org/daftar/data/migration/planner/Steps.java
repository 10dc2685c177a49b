package org.daftar.data.migration.planner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.daftar.data.migration.step.Step;

/** The steps found so far, kept by {@link Phase}; {@link #ordered()} gives them in the order they run. */
final class Steps {

    private final Map<Phase, List<Step>> byPhase = new EnumMap<>(Phase.class);

    void add(Phase phase, Step step) {
        byPhase.computeIfAbsent(phase, p -> new ArrayList<>()).add(step);
    }

    List<Step> ordered() {
        List<Step> steps = new ArrayList<>();
        byPhase.values().forEach(steps::addAll);
        return steps;
    }
}
