package org.daftar.data.migration;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.daftar.data.migration.step.Risk;
import org.daftar.data.migration.step.Step;
import org.daftar.data.migration.words.Words;

/**
 * A step of a plan, numbered from 1, with what its data checks found when it was planned.
 *
 * @param problems what the data checks found, for people ({@code 12 rows have values longer than
 *     20 characters}); empty when every check found nothing
 * @param remedies what to do about each problem, in the same order
 */
public record PlannedStep(int number, Step step, List<Words> problems, List<Words> remedies) {

    public PlannedStep {
        problems = List.copyOf(problems);
        remedies = List.copyOf(remedies);
    }

    /** Why the step may not run as things are, and how to proceed, in English; empty when it may. */
    public Optional<Refusal> refusal() {
        return refusal(Locale.ENGLISH);
    }

    /** Why the step may not run as things are, and how to proceed, in {@code locale}'s language; empty when it may. */
    public Optional<Refusal> refusal(Locale locale) {
        return refusalWords().map(words -> new Refusal(words.reason().in(locale), words.remedy().in(locale)));
    }

    /** The refusal in any language: what {@link #refusal(Locale)} says, before it is said. */
    public Optional<RefusalWords> refusalWords() {
        Risk risk = step.risk();
        return switch (risk.level()) {
            case BLOCKED -> Optional.of(new RefusalWords(risk.reason(), risk.remedy()));
            case NEEDS_FORCE -> Optional.of(problems.isEmpty()
                    ? new RefusalWords(step.dataChecks().isEmpty() ? risk.reason() : Words.of("refusal.nothingAffectedNow", risk.reason()),
                            Words.of("refusal.force"))
                    : new RefusalWords(Words.of("refusal.andFound", risk.reason(), found()), then("refusal.thenForce")));
            case SAFE -> problems.isEmpty() ? Optional.empty() : Optional.of(new RefusalWords(Words.of("refusal.found", found()),
                    then("refusal.thenAgain")));
        };
    }

    /** Every problem found, joined as the language joins the parts of a sentence. */
    private Words.Joined found() {
        return new Words.Joined("separator.semicolon", problems);
    }

    private Words then(String key) {
        return remedies.isEmpty() ? Words.of(key + "Alone") : Words.of(key, remedies.getFirst());
    }

    public boolean isRefused() {
        return refusalWords().isPresent();
    }

    public boolean isBlocked() {
        return step.risk().level() == Risk.Level.BLOCKED;
    }

    /**
     * Why a step is refused and what to do, as people read them.
     *
     * @param reason e.g. {@code a shorter text cannot hold longer values, and 12 rows have values
     *     longer than 20 characters}
     * @param remedy e.g. {@code run 'migrate --force' to apply it anyway.}
     */
    public record Refusal(String reason, String remedy) {}

    /** Why a step is refused and what to do, in any language. */
    public record RefusalWords(Words reason, Words remedy) {}
}
