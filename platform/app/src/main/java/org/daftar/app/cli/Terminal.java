package org.daftar.app.cli;

import java.io.PrintStream;

/**
 * Where a command writes: results to {@code out}, usage errors to {@code err}.
 *
 * @param out standard output
 * @param err standard error
 */
public record Terminal(PrintStream out, PrintStream err) {
}
