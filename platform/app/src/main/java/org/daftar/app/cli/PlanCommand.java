package org.daftar.app.cli;

import java.util.List;
import java.util.Optional;
import org.daftar.data.migration.MigrationOptions;
import org.daftar.data.migration.Plan;

/**
 * {@code plan [DIR] [--purge app.entity[.field]]...}: prints what the database needs to match the
 * definitions, step by step in words and SQL, with the reason for any step that is refused.
 * Changes nothing; exits 0 whatever the plan says.
 */
final class PlanCommand implements Command {

    private final Settings settings;

    PlanCommand(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "plan";
    }

    @Override
    public String synopsis() {
        return "plan [DIR]";
    }

    @Override
    public String description() {
        return """
                Prints what the database needs to match the definitions: each step in words
                and SQL, and why any is refused. Changes nothing. Same database as the server
                (SPRING_DATASOURCE_URL, else the embedded one in data/); --purge as for migrate.""";
    }

    @Override
    public int run(List<String> arguments, Terminal terminal) {
        SchemaArguments parsed = SchemaArguments.parse(arguments, false);
        Optional<SchemaSession> opened = SchemaSession.open(parsed, settings, terminal);
        if (opened.isEmpty()) {
            return ExitCode.PROBLEMS;
        }
        try (SchemaSession session = opened.get()) {
            Plan plan = plan(session, parsed);
            terminal.out().println(session.header());
            terminal.out().print(plan.text());
            if (!plan.isEmpty()) {
                terminal.out().println();
                terminal.out().println(footer(plan, parsed));
            }
            return ExitCode.OK;
        }
    }

    private static Plan plan(SchemaSession session, SchemaArguments parsed) {
        try {
            return session.migrator().plan(session.desired(), MigrationOptions.defaults().purging(parsed.purge()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String footer(Plan plan, SchemaArguments parsed) {
        String steps = plan.steps().size() == 1 ? "1 step" : plan.steps().size() + " steps";
        if (plan.isSafe()) {
            return steps + ", all safe. 'java -jar daftar.jar migrate" + parsed.repeated() + "' applies them (so does the server "
                    + "when it starts).";
        }
        return steps + ", " + plan.refused().size() + " refused (see 'To proceed' above). Nothing is applied while a step is "
                + "refused, and the server does not start until the plan is applied.";
    }
}
