package org.daftar.app.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses and runs a command. {@code help}, {@code --help} and {@code -h} print the usage.
 */
public final class CommandLine {

    private static final Set<String> HELP = Set.of("help", "--help", "-h");

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Terminal terminal;

    public CommandLine(Terminal terminal, List<Command> commands) {
        this.terminal = terminal;
        commands.forEach(command -> this.commands.put(command.name(), command));
    }

    /** The command line with every command Daftar has. */
    public static CommandLine standard(PrintStream out, PrintStream err) {
        Settings settings = Settings.system();
        return new CommandLine(new Terminal(out, err),
                List.of(new ValidateCommand(), new PlanCommand(settings), new MigrateCommand(settings)));
    }

    /**
     * True when {@code args} name a command rather than options for the server: the first
     * argument is a word ({@code validate}) or a request for help.
     */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (HELP.contains(args[0]) || !args[0].startsWith("-"));
    }

    /** Runs the command named by {@code args[0]} and returns its exit code. */
    public int run(String... args) {
        if (args.length == 0 || HELP.contains(args[0])) {
            terminal.out().print(usage());
            return ExitCode.OK;
        }
        Command command = commands.get(args[0]);
        if (command == null) {
            terminal.err().println("Unknown command: " + args[0]);
            terminal.err().print(usage());
            return ExitCode.USAGE;
        }
        QuietLogging.apply();
        try {
            return command.run(List.of(Arrays.copyOfRange(args, 1, args.length)), terminal);
        } catch (UsageException e) {
            terminal.err().println(e.getMessage());
            terminal.err().println("Usage: java -jar daftar.jar " + command.synopsis());
            return ExitCode.USAGE;
        } catch (UncheckedIOException e) {
            terminal.err().println(e.getMessage());
            return ExitCode.USAGE;
        }
    }

    /** The usage text, listing every command. */
    public String usage() {
        StringBuilder text = new StringBuilder("""
                Usage: java -jar daftar.jar [COMMAND [ARGS...]]

                Without a command, Daftar starts the server; Spring options such as
                --server.port=9090 may follow.

                Commands:
                """);
        String indent = "\n" + " ".repeat(23);
        for (Command command : commands.values()) {
            // a long synopsis takes a line of its own, its description starting under the others'
            String synopsis = command.synopsis().length() <= 20 ? command.synopsis() : command.synopsis() + "\n" + " ".repeat(22);
            text.append(String.format("  %-20s %s%n", synopsis, command.description().replace("\n", indent)));
        }
        text.append(String.format("  %-20s %s%n", "help", "Prints this text."));
        text.append("""

                Exit codes: 0 done, 1 problems found, 2 wrong command line.
                Coming later: import, export.
                """);
        return text.toString();
    }
}
