package org.daftar.data.migration.planner;

import org.daftar.data.migration.step.DataCheck;
import org.daftar.data.migration.words.Words;

/** Builds {@link DataCheck}s: a count of the rows a step would fail on, at plan time and when the step runs. */
final class Counts {

    private Counts() {}

    /** The rows of {@code check}'s condition, with the column where it is when planning and when the step runs. */
    static DataCheck of(ValueCheck check, Column atPlan, Column atStep) {
        return new DataCheck(check.problem(), check.remedy(), count(atPlan.table(), atPlan.in(check.condition())),
                count(atStep.table(), atStep.in(check.condition())), atStep.table());
    }

    /** Every row of a table. */
    static DataCheck allRows(Words problem, Words remedy, String tableAtPlan, String tableAtStep) {
        return new DataCheck(problem, remedy, count(tableAtPlan, "true"), count(tableAtStep, "true"), tableAtStep);
    }

    static String count(String table, String condition) {
        return "select count(*) from " + table + " where " + condition;
    }
}
