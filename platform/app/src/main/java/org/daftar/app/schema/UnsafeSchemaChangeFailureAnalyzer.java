package org.daftar.app.schema;

import org.daftar.data.migration.Plan;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an unsafe start-up plan into Spring Boot's "APPLICATION FAILED TO START" report: the plan
 * with why each refused step is refused, then the commands to review and apply it. Registered in
 * {@code META-INF/spring.factories}.
 */
public class UnsafeSchemaChangeFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeSchemaChangeException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeSchemaChangeException cause) {
        Plan plan = cause.plan();
        String description = "Daftar did not start: the definitions need changes to the database that are not safe to make "
                + "at start-up (" + plan.refused().size() + " of " + plan.steps().size() + " steps refused). Nothing was changed.\n\n"
                + plan.text();
        String arguments = cause.commandArguments();
        String action = "Review the plan with 'java -jar daftar.jar plan" + arguments + "'. Where a step says to fix records, fix them; "
                + "then apply the plan with 'java -jar daftar.jar migrate" + arguments + " --force' (or change the definitions back), "
                + "and start Daftar again. The commands use the server's database settings (SPRING_DATASOURCE_URL, "
                + "or the embedded database in the data folder).";
        return new FailureAnalysis(description, action, cause);
    }
}
