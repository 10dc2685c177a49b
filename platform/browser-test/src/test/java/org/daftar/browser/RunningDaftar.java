package org.daftar.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged Daftar jar running as its own process, as a user starts it: on a free port, with a
 * fresh data folder (embedded PostgreSQL, built-in apps and sample data). Its console is kept, so
 * a test can read what it printed (the address, the one-time setup link).
 */
final class RunningDaftar implements AutoCloseable {

    /** Where the reactor builds the jar; the browser tests run after the app module. */
    static final Path JAR = Path.of("..", "app", "target", "daftar.jar");

    private static final Pattern RUNNING = Pattern.compile("Daftar is running at (http://\\S+?)/? ");

    private final Process process;
    private final List<String> console = new CopyOnWriteArrayList<>();
    private final String url;

    private RunningDaftar(Process process, Duration timeout) throws IOException, InterruptedException {
        this.process = process;
        Thread reader = new Thread(this::readConsole, "daftar-console");
        reader.setDaemon(true);
        reader.start();
        this.url = awaitUrl(timeout);
    }

    /**
     * Starts the jar with a fresh data folder under {@code target/} and waits until it serves pages.
     *
     * @param extraArgs more arguments for Daftar, separated by spaces (e.g. a logging level), or ""
     */
    static RunningDaftar start(Path dataDir, String extraArgs) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("No packaged app at " + JAR.toAbsolutePath().normalize()
                    + ": run the tests from the repository root with ./mvnw verify, which packages it first");
        }
        deleteRecursively(dataDir);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Xmx512m", "-jar", JAR.toString(),
                "--server.port=" + freePort(), "--daftar.data-dir=" + dataDir.toAbsolutePath()));
        if (!extraArgs.isBlank()) {
            command.addAll(List.of(extraArgs.trim().split("\\s+")));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        return new RunningDaftar(builder.start(), Duration.ofMinutes(3));
    }

    String url() {
        return url;
    }

    /** The first group of {@code pattern} in a console line, waiting up to {@code timeout} for it. */
    Optional<String> awaitConsole(Pattern pattern, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : console) {
                Matcher matcher = pattern.matcher(line);
                if (matcher.find()) {
                    return Optional.of(matcher.group(1));
                }
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }

    List<String> console() {
        return List.copyOf(console);
    }

    private String awaitUrl(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : console) {
                Matcher matcher = RUNNING.matcher(line);
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("Daftar stopped before serving pages:\n" + String.join("\n", console));
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Daftar did not start within " + timeout + ":\n" + String.join("\n", console));
    }

    private void readConsole() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                console.add(line);
            }
        } catch (IOException e) {
            console.add("(console closed: " + e.getMessage() + ")");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Stops Daftar as a service manager would (SIGTERM), so PostgreSQL shuts down cleanly. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
