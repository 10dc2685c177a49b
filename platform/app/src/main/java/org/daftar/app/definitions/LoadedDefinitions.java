package org.daftar.app.definitions;

import org.daftar.designer.publish.DefinitionsChecksum;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.daftar.model.Definitions;
import org.daftar.model.load.DefinitionSource;
import org.daftar.model.load.LoadResult;
import org.daftar.model.load.Problem;

/**
 * What reading an origin gave.
 *
 * @param origin where the files came from
 * @param files how many definition files were read
 * @param result the model's loading result: definitions and problems
 * @param checksum the {@link DefinitionsChecksum} of the files
 * @param sources the files read, in location order
 */
public record LoadedDefinitions(DefinitionOrigin origin, int files, LoadResult result, String checksum,
        List<DefinitionSource> sources) {

    public LoadedDefinitions {
        sources = List.copyOf(sources);
    }

    public boolean ok() {
        return result.ok();
    }

    public Definitions definitions() {
        return result.definitions();
    }

    public List<Problem> problems() {
        return result.problems();
    }

    /** The files that have at least one problem. */
    public Set<String> filesWithProblems() {
        Set<String> locations = new TreeSet<>();
        problems().forEach(problem -> locations.add(problem.location()));
        return locations;
    }

    /**
     * One line for people: {@code Checked 9 apps, 31 entities: no problems.} or
     * {@code 12 problems in 4 files.}
     */
    public String summary() {
        if (ok()) {
            return "Checked " + count(definitions().apps().size(), "app") + ", "
                    + count(definitions().entityCount(), "entity") + ": no problems.";
        }
        return count(problems().size(), "problem") + " in " + count(filesWithProblems().size(), "file") + ".";
    }

    private static String count(int n, String noun) {
        if (n == 1) {
            return "1 " + noun;
        }
        return n + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }
}
