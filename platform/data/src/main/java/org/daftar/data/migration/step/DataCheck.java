package org.daftar.data.migration.step;

import org.daftar.data.migration.words.Words;

/**
 * A question a step asks the data before it runs: how many rows would it fail on, or lose?
 * The planner asks it when it plans (with the tables' and columns' names of that moment), and the
 * applier asks it again right before the step runs, with the table locked against writes (with
 * the names of that moment, after the plan's renames). A step runs only when the answer is 0.
 *
 * <pre>{@code
 * new DataCheck(Words.of("problem.tooLong", 20), Words.of("remedy.shorten"),
 *         "select count(*) from \"shop\".\"product\" where length(\"sku\") > 20",
 *         "select count(*) from \"shop\".\"product\" where length(\"sku\") > 20",
 *         "\"shop\".\"product\"").problem(12).english();   // "12 rows have values longer than 20 characters"
 * }</pre>
 *
 * @param problem what the rows found are, with every argument but the first: the number of rows
 *     found comes first ({@code {0}} of a {@code problem.*} message)
 * @param remedy what to do about those rows, for people
 * @param planSql a query counting the rows, with the names as they are before the plan
 * @param guardSql the same query with the names as they are when the step runs
 * @param guardTable the table (qualified, quoted) to lock against writes while checking and running
 */
public record DataCheck(Words problem, Words remedy, String planSql, String guardSql, String guardTable) {

    /** The problem with {@code rows} rows found: {@code 12 rows have values longer than 20 characters}. */
    public Words problem(long rows) {
        return problem.withFirst(rows);
    }
}
