package org.daftar.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@code java -jar daftar-bench.jar NAME [ARGS...]}: runs one benchmark and prints its figures. */
public final class BenchMain {

    static final List<Benchmark> BENCHMARKS = List.of(new DefinitionsBenchmark(), new SavesBenchmark(), new QueriesBenchmark(),
            new PoliciesBenchmark());

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        System.exit(run(args));
    }

    static int run(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            System.out.println(usage());
            return args.length == 0 ? 2 : 0;
        }
        Optional<Benchmark> benchmark = BENCHMARKS.stream().filter(b -> b.name().equals(args[0])).findFirst();
        if (benchmark.isEmpty()) {
            System.err.println("Unknown benchmark '" + args[0] + "'.\n" + usage());
            return 2;
        }
        List<Figure> figures;
        try {
            figures = benchmark.get().run(Arrays.asList(args).subList(1, args.length));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + usage());
            return 2;
        }
        figures.forEach(System.out::println);
        return 0;
    }

    static String usage() {
        StringBuilder text = new StringBuilder("Usage: java -jar daftar-bench.jar NAME [ARGS...]\nBenchmarks:\n");
        BENCHMARKS.forEach(b -> text.append("  ").append(b.name()).append("  ").append(b.description()).append('\n'));
        return text.toString().stripTrailing();
    }
}
