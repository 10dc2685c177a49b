package org.daftar.app.cli;

import java.util.List;

/**
 * One subcommand of the command line.
 *
 * <pre>{@code
 * final class HelloCommand implements Command {
 *     public String name() { return "hello"; }
 *     public String synopsis() { return "hello [NAME]"; }
 *     public String description() { return "Says hello."; }
 *     public int run(List<String> arguments, Terminal terminal) {
 *         terminal.out().println("Hello " + (arguments.isEmpty() ? "world" : arguments.get(0)));
 *         return ExitCode.OK;
 *     }
 * }
 * }</pre>
 */
public interface Command {

    /** The word that selects the command: {@code validate}. */
    String name();

    /** How it is called: {@code validate [DIR...]}. */
    String synopsis();

    /** What it does, one or a few lines, for the usage text. */
    String description();

    /** Runs the command with the arguments after its name and returns an {@link ExitCode}. */
    int run(List<String> arguments, Terminal terminal);
}
