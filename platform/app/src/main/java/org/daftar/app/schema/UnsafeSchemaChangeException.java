package org.daftar.app.schema;

import org.daftar.data.migration.Plan;

/**
 * Thrown at start-up when the definitions need changes to the database that are not safe to make
 * without asking (narrowing, removing) or that the data does not allow yet. Nothing was changed.
 *
 * @see UnsafeSchemaChangeFailureAnalyzer
 */
public class UnsafeSchemaChangeException extends RuntimeException {

    private final transient Plan plan;
    private final String commandArguments;

    /**
     * @param commandArguments what to add to {@code plan} and {@code migrate} for them to read the
     *     same definitions ({@code " /srv/definitions"}, or empty)
     */
    public UnsafeSchemaChangeException(Plan plan, String commandArguments) {
        super("The definitions need changes to the database that are not safe to make at start-up ("
                + plan.refused().size() + " of " + plan.steps().size() + " steps refused); nothing was changed:\n" + plan.text());
        this.plan = plan;
        this.commandArguments = commandArguments;
    }

    public Plan plan() {
        return plan;
    }

    public String commandArguments() {
        return commandArguments;
    }
}
