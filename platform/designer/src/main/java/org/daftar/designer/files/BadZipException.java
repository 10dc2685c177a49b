package org.daftar.designer.files;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Thrown when an imported zip has entries that cannot be definitions; nothing was imported. */
public class BadZipException extends RuntimeException {

    private final transient List<ZipProblem> problems;

    public BadZipException(List<ZipProblem> problems) {
        super(problems.stream().map(ZipProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** Every entry that is wrong, in the zip's order. */
    public List<ZipProblem> problems() {
        return problems;
    }

    /** The problems for the admin, one a line, in {@code locale}'s language. */
    public String text(Locale locale) {
        return problems.stream().map(problem -> problem.text(locale)).collect(Collectors.joining("\n"));
    }
}
