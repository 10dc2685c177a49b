package org.daftar.model.load;

import java.util.List;
import org.daftar.model.Definitions;

/**
 * What loading gave: the definitions (only the parts that could be read when there are problems)
 * and every problem found, in file order.
 */
public record LoadResult(Definitions definitions, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
