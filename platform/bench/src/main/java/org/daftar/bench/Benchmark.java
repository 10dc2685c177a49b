package org.daftar.bench;

import java.util.List;

/**
 * One benchmark: it runs with the arguments after its name and reports figures.
 *
 * <pre>{@code
 * final class PingBenchmark implements Benchmark {
 *     public String name() { return "ping"; }
 *     public String description() { return "round trip to the database"; }
 *     public List<Figure> run(List<String> args) { return List.of(new Figure("ping_ms", 0.4, "ms")); }
 * }
 * }</pre>
 */
public interface Benchmark {

    String name();

    String description();

    List<Figure> run(List<String> args) throws Exception;
}
