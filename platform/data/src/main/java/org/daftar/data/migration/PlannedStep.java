package org.daftar.data.migration;

import java.util.List;
import java.util.Optional;
import org.daftar.data.migration.step.Risk;
import org.daftar.data.migration.step.Step;

/**
 * A step of a plan, numbered from 1, with what its data checks found when it was planned.
 *
 * @param problems what the data checks found, for people ({@code 12 rows have values longer than
 *     20 characters}); empty when every check found nothing
 * @param remedies what to do about each problem, in the same order
 */
public record PlannedStep(int number, Step step, List<String> problems, List<String> remedies) {

    public PlannedStep {
        problems = List.copyOf(problems);
        remedies = List.copyOf(remedies);
    }

    /** Why the step may not run as things are, and how to proceed; empty when it may. */
    public Optional<Refusal> refusal() {
        Risk risk = step.risk();
        String found = String.join("; ", problems);
        String fix = remedies.isEmpty() ? "" : remedies.getFirst() + " ";
        return switch (risk.level()) {
            case BLOCKED -> Optional.of(new Refusal(risk.reason(), risk.remedy()));
            case NEEDS_FORCE -> Optional.of(problems.isEmpty()
                    ? new Refusal(risk.reason() + (step.dataChecks().isEmpty() ? "" : " (no row is affected now)"),
                            "run 'migrate --force' to apply it anyway.")
                    : new Refusal(risk.reason() + ", and " + found, fix + "Then run 'migrate --force'."));
            case SAFE -> problems.isEmpty() ? Optional.empty() : Optional.of(new Refusal(found, fix + "Then run 'migrate' again."));
        };
    }

    public boolean isRefused() {
        return refusal().isPresent();
    }

    public boolean isBlocked() {
        return step.risk().level() == Risk.Level.BLOCKED;
    }

    /**
     * Why a step is refused and what to do.
     *
     * @param reason e.g. {@code a shorter text cannot hold longer values, and 12 rows have values
     *     longer than 20 characters}
     * @param remedy e.g. {@code run 'migrate --force' to apply it anyway.}
     */
    public record Refusal(String reason, String remedy) {}
}
