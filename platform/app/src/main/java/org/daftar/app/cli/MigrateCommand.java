package org.daftar.app.cli;

import java.util.List;
import java.util.Optional;
import org.daftar.data.migration.MigrationFailedException;
import org.daftar.data.migration.MigrationOptions;
import org.daftar.data.migration.MigrationResult;
import org.daftar.data.migration.PlanText;
import org.daftar.data.migration.PlatformMigrations;

/**
 * {@code migrate [DIR] [--force] [--purge app.entity[.field]]...}: runs the platform's own
 * migrations, then plans and applies what the database needs to match the definitions, in one
 * transaction. Refused steps are applied only with {@code --force}; without it, the plan is
 * printed and nothing is applied (exit 1).
 */
final class MigrateCommand implements Command {

    private final Settings settings;

    MigrateCommand(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "migrate";
    }

    @Override
    public String synopsis() {
        return "migrate [DIR] [--force] [--purge app.entity.field]...";
    }

    @Override
    public String description() {
        return """
                Applies the plan in one transaction. Refused steps (narrowing, removing) only
                with --force; a removed field or entity is archived, and dropped for good only
                with --purge app.entity.field (or app.entity). Nothing applied: exit 1.""";
    }

    @Override
    public int run(List<String> arguments, Terminal terminal) {
        SchemaArguments parsed = SchemaArguments.parse(arguments, true);
        Optional<SchemaSession> opened = SchemaSession.open(parsed, settings, terminal);
        if (opened.isEmpty()) {
            return ExitCode.PROBLEMS;
        }
        try (SchemaSession session = opened.get()) {
            terminal.out().println(session.header());
            PlatformMigrations.migrate(session.database().dataSource());
            MigrationOptions options = MigrationOptions.defaults().purging(parsed.purge());
            MigrationResult result = session.migrator().migrate(session.desired(), parsed.force() ? options.forced() : options);
            return report(result, parsed, terminal);
        } catch (MigrationFailedException e) {
            terminal.out().println(e.getMessage());
            return ExitCode.PROBLEMS;
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static int report(MigrationResult result, SchemaArguments parsed, Terminal terminal) {
        var plan = result.plan();
        switch (result.status()) {
            case UP_TO_DATE -> terminal.out().println(PlanText.NOTHING_TO_DO);
            case APPLIED -> {
                terminal.out().print(plan.text());
                terminal.out().println();
                terminal.out().println("Applied " + (plan.steps().size() == 1 ? "1 step" : plan.steps().size() + " steps") + " in "
                        + result.millis() + " ms, in one transaction; recorded in flyway_schema_history.");
            }
            case REFUSED -> {
                terminal.out().print(plan.text());
                terminal.out().println();
                boolean forceWouldDo = plan.canApply(true) && !parsed.force()
                        && plan.refused().stream().allMatch(step -> step.problems().isEmpty());
                terminal.out().println("Nothing was applied: " + plan.refused().size() + " of " + plan.steps().size()
                        + " steps refused." + (forceWouldDo
                                ? " Run 'java -jar daftar.jar migrate" + parsed.repeated() + " --force' to apply them anyway."
                                : " See 'To proceed' above."));
                return ExitCode.PROBLEMS;
            }
        }
        return ExitCode.OK;
    }
}
