package org.daftar.data.migration;

import java.util.List;
import java.util.Locale;
import org.daftar.data.migration.words.Words;

/**
 * Renders a {@link Plan} for people: each step numbered, in words, then its SQL indented, then —
 * for a refused step — why, and how to proceed.
 *
 * <pre>
 * 2. Change 'code' on customer from text (up to 40 characters) to text (up to 20 characters)
 *      alter table "shop"."customer" alter column "code" type varchar(20);
 *    Refused: a shorter text cannot hold longer values, and 12 rows have values longer than 20 characters.
 *    To proceed: Shorten those values first. Then run 'migrate --force'.
 * </pre>
 */
public final class PlanText {

    /** What an empty plan says. */
    public static final String NOTHING_TO_DO = "Nothing to do: the database matches the definitions.";

    private PlanText() {}

    /** The plan in English, as the command line and the schema history show it. */
    public static String of(Plan plan) {
        return of(plan, Locale.ENGLISH);
    }

    /** The plan in {@code locale}'s language (Arabic or English); the SQL is the same in both. */
    public static String of(Plan plan, Locale locale) {
        if (plan.isEmpty()) {
            return Words.of("plan.nothingToDo").in(locale) + "\n";
        }
        StringBuilder text = new StringBuilder();
        for (PlannedStep step : plan.steps()) {
            String number = step.number() + ". ";
            String indent = " ".repeat(number.length());
            text.append(number).append(step.step().words(locale)).append('\n');
            appendSql(text, step.step().sql(), indent + "  ");
            step.refusal(locale).ifPresent(refusal -> text.append(indent).append(Words.of("plan.refused", refusal.reason()).in(locale))
                    .append('\n').append(indent).append(Words.of("plan.toProceed", refusal.remedy()).in(locale)).append('\n'));
        }
        return text.toString();
    }

    private static void appendSql(StringBuilder text, List<String> statements, String indent) {
        for (String statement : statements) {
            text.append(indent).append(statement.replace("\n", "\n" + indent)).append(";\n");
        }
    }
}
