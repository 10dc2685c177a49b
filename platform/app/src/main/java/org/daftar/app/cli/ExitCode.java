package org.daftar.app.cli;

/** The exit codes of the command line. */
public final class ExitCode {

    /** Done, nothing wrong. */
    public static final int OK = 0;

    /** Done, and problems were found (e.g. invalid definitions). */
    public static final int PROBLEMS = 1;

    /** The command line itself is wrong: unknown command, missing folder, bad option. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
