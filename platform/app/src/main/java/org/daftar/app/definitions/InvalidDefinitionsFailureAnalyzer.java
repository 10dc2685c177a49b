package org.daftar.app.definitions;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns invalid definitions at start-up into Spring Boot's "APPLICATION FAILED TO START" report:
 * every problem as {@code file:line:column: message}, then what to do. Registered in
 * {@code META-INF/spring.factories}.
 */
public class InvalidDefinitionsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDefinitionsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidDefinitionsException cause) {
        LoadedDefinitions loaded = cause.loaded();
        String description = "Daftar did not start: the definitions in " + loaded.origin().describe()
                + " have problems. " + loaded.summary() + "\n\n"
                + loaded.problems().stream().map(Object::toString).collect(Collectors.joining("\n"));
        String action = "Fix the files named above (each line is file:line:column: message), check them with "
                + "'java -jar daftar.jar validate DIR', then start Daftar again.";
        return new FailureAnalysis(description, action, cause);
    }
}
