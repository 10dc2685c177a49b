package org.daftar.data.record.sample;

import java.util.List;

/**
 * Sample data could not be loaded; nothing was saved. Each problem says where the record is
 * written ({@code file:line:column}), which record it is and what is wrong with it.
 */
public final class SampleDataException extends RuntimeException {

    private final List<String> problems;

    SampleDataException(List<String> problems) {
        super("The sample data was not loaded (nothing was saved): " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ":\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per problem: {@code file:line:column: what is wrong}. */
    public List<String> problems() {
        return problems;
    }
}
