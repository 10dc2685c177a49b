package org.daftar.app.schema;

import org.daftar.data.migration.MigrationFailedException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start-up plan that failed while being applied into Spring Boot's "APPLICATION FAILED TO
 * START" report: which step failed and why; nothing was applied. Registered in
 * {@code META-INF/spring.factories}.
 */
public class SchemaMigrationFailureAnalyzer extends AbstractFailureAnalyzer<MigrationFailedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationFailedException cause) {
        return new FailureAnalysis("Daftar did not start: " + cause.getMessage(),
                "See what the plan does with 'java -jar daftar.jar plan', correct what the failed step needs "
                        + "(the data, or the definitions), and start Daftar again.", cause);
    }
}
