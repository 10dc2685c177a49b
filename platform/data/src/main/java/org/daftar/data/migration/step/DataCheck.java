package org.daftar.data.migration.step;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question a step asks the data before it runs: how many rows would it fail on, or lose?
 * The planner asks it when it plans (with the tables' and columns' names of that moment), and the
 * applier asks it again right before the step runs, with the table locked against writes (with
 * the names of that moment, after the plan's renames). A step runs only when the answer is 0.
 *
 * <pre>{@code
 * new DataCheck("{rows} {has a value|have values} longer than 20 characters",
 *         "Shorten those values first.",
 *         "select count(*) from \"shop\".\"product\" where length(\"sku\") > 20",
 *         "select count(*) from \"shop\".\"product\" where length(\"sku\") > 20",
 *         "\"shop\".\"product\"").problem(12);   // "12 rows have values longer than 20 characters"
 * }</pre>
 *
 * @param problem what the rows found are, as a template: {@code {rows}} is "1 row" or "12 rows",
 *     {@code {n}} the number, and {@code {one|many}} picks a word by the number
 * @param remedy what to do about those rows, for people
 * @param planSql a query counting the rows, with the names as they are before the plan
 * @param guardSql the same query with the names as they are when the step runs
 * @param guardTable the table (qualified, quoted) to lock against writes while checking and running
 */
public record DataCheck(String problem, String remedy, String planSql, String guardSql, String guardTable) {

    private static final Pattern CHOICE = Pattern.compile("\\{([^{}|]*)\\|([^{}]*)}");

    /** The problem with {@code rows} rows found: {@code 12 rows have values longer than 20 characters}. */
    public String problem(long rows) {
        String text = problem.replace("{rows}", rows == 1 ? "1 row" : rows + " rows").replace("{n}", Long.toString(rows));
        Matcher choice = CHOICE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (choice.find()) {
            choice.appendReplacement(out, Matcher.quoteReplacement(rows == 1 ? choice.group(1) : choice.group(2)));
        }
        return choice.appendTail(out).toString();
    }
}
