/**
 * The command line: {@code java -jar daftar.jar COMMAND [ARGS...]}. It runs without Spring, one
 * class per command. Commands print to the {@link org.daftar.app.cli.Terminal} they are given and
 * return an exit code ({@link org.daftar.app.cli.ExitCode}); only
 * {@link org.daftar.app.DaftarApplication#main} exits the JVM, so tests call commands directly:
 *
 * <pre>{@code
 * var out = new ByteArrayOutputStream();
 * int code = CommandLine.standard(new PrintStream(out), System.err).run("validate", "definitions");
 * }</pre>
 */
package org.daftar.app.cli;
