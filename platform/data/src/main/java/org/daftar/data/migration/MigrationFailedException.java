package org.daftar.data.migration;

/**
 * Applying a plan failed at one of its steps; the transaction was rolled back, so the database is
 * exactly as it was before. The message says which step, what went wrong, and that nothing was applied.
 */
public class MigrationFailedException extends RuntimeException {

    private final transient PlannedStep step;
    private final int steps;

    public MigrationFailedException(PlannedStep step, int steps, String problem, Throwable cause) {
        super("Step " + step.number() + " of " + steps + " failed (" + step.step().words() + "): " + problem
                + ". Nothing was applied: the database is as it was before.", cause);
        this.step = step;
        this.steps = steps;
    }

    /** The step that failed. */
    public PlannedStep step() {
        return step;
    }

    /** How many steps the plan had. */
    public int steps() {
        return steps;
    }
}
