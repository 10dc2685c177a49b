package org.daftar.data.migration;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What it takes to make the database match the definitions: numbered steps, each in words and in
 * SQL, with the reason for any that is refused. Shown before anything is applied; applied in one
 * transaction by {@link SchemaMigrator#migrate}.
 *
 * <pre>{@code
 * Plan plan = migrator.plan(target, MigrationOptions.defaults());
 * System.out.print(plan.text());
 * // 1. Add field 'channel' (choice: phone, email, walk-in) to ticket
 * //      alter table "support"."ticket" add column "channel" varchar(63);
 * //      alter table "support"."ticket" add constraint "ticket_channel_check1" check ("channel" in ('phone', 'email', 'walk-in'));
 * }</pre>
 */
public final class Plan {

    private final List<PlannedStep> steps;

    public Plan(List<PlannedStep> steps) {
        this.steps = List.copyOf(steps);
    }

    public List<PlannedStep> steps() {
        return steps;
    }

    /** True when the database already matches the definitions. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** True when no step is refused: the plan may be applied without {@code --force}. */
    public boolean isSafe() {
        return refused().isEmpty();
    }

    public List<PlannedStep> refused() {
        return steps.stream().filter(PlannedStep::isRefused).toList();
    }

    /** Whether {@link SchemaMigrator#migrate} applies the plan: nothing blocked, and safe or forced. */
    public boolean canApply(boolean force) {
        return steps.stream().noneMatch(PlannedStep::isBlocked) && (force || isSafe());
    }

    /** Every statement, in order. */
    public List<String> sql() {
        return steps.stream().flatMap(step -> step.step().sql().stream()).toList();
    }

    /** The numbered steps in English words and SQL, as people read them (see {@link PlanText}). */
    public String text() {
        return PlanText.of(this);
    }

    /** The numbered steps in {@code locale}'s words (Arabic or English) and SQL. */
    public String text(Locale locale) {
        return PlanText.of(this, locale);
    }

    /** {@code 3 steps: add field channel to ticket, rename field region to area on customer, ...}. */
    public String summary() {
        return (steps.size() == 1 ? "1 step" : steps.size() + " steps")
                + (steps.isEmpty() ? "" : ": " + steps.stream().map(s -> s.step().brief()).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return summary();
    }
}
