/**
 * Benchmarks: {@code java -jar daftar-bench.jar NAME} runs one and prints one line per figure,
 * {@code figure_name: value unit}. Each benchmark is a {@link org.daftar.bench.Benchmark}; the
 * figures and the machine they ran on are recorded in {@code BENCHMARKS.md}.
 */
package org.daftar.bench;
