package org.daftar.security.access;

import java.util.List;

/**
 * An import was refused and nothing was saved: each problem says where, {@code row 3, field price:
 * The price must be at least 0.} (rows counted as in the file, the header being row 1).
 */
public final class ImportFailedException extends RuntimeException {

    private final List<String> problems;

    public ImportFailedException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
