package org.daftar.data.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs a plan's statements on a connection whose transaction the caller owns: for each step, its
 * data checks again (its tables locked against writes), then its SQL. The first failure throws
 * {@link MigrationFailedException}; the caller rolls back.
 */
final class PlanApplier {

    private final Connection connection;

    PlanApplier(Connection connection) {
        this.connection = connection;
    }

    void apply(Plan plan) {
        int count = plan.steps().size();
        for (PlannedStep step : plan.steps()) {
            try {
                String problem = DataChecks.guard(connection, step.step());
                if (problem != null) {
                    throw new MigrationFailedException(step, count, problem, null);
                }
            } catch (SQLException e) {
                throw new MigrationFailedException(step, count, e.getMessage(), e);
            }
            for (String sql : step.step().sql()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new MigrationFailedException(step, count, firstLine(e.getMessage()) + " (in: " + firstLine(sql) + ")", e);
                }
            }
        }
    }

    private static String firstLine(String text) {
        int end = text == null ? -1 : text.indexOf('\n');
        return end < 0 ? String.valueOf(text) : text.substring(0, end);
    }
}
