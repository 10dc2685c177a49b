package org.daftar.model.link;

import java.util.ArrayList;
import java.util.List;
import org.daftar.model.SourceRef;
import org.daftar.model.load.Problem;

/** Collects the problems the linker finds, each at a position in a file. */
public final class Problems {

    private final List<Problem> problems = new ArrayList<>();

    public void add(SourceRef at, String path, String message) {
        problems.add(new Problem(at.location(), Math.max(1, at.line()), Math.max(1, at.column()), path, message));
    }

    public List<Problem> list() {
        return List.copyOf(problems);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }
}
