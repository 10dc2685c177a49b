package org.daftar.data.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.daftar.data.migration.step.DataCheck;
import org.daftar.data.migration.step.Step;
import org.daftar.data.migration.words.Words;

/**
 * Asks the data the steps' questions: when planning (with the names before the plan), and again
 * right before a step runs (with the names of that moment, its tables locked against writes).
 */
final class DataChecks {

    private DataChecks() {}

    /** Numbers the steps and notes what their checks find. */
    static Plan plan(Connection connection, List<Step> steps) throws SQLException {
        List<PlannedStep> planned = new ArrayList<>();
        for (Step step : steps) {
            List<Words> problems = new ArrayList<>();
            List<Words> remedies = new ArrayList<>();
            for (DataCheck check : step.dataChecks()) {
                long rows = count(connection, check.planSql());
                if (rows > 0) {
                    problems.add(check.problem(rows));
                    remedies.add(check.remedy());
                }
            }
            planned.add(new PlannedStep(planned.size() + 1, step, problems, remedies));
        }
        return new Plan(planned);
    }

    /**
     * Locks the step's tables against writes and asks its checks again.
     *
     * @return the first problem found, in English for the log and the error, or {@code null}
     */
    static String guard(Connection connection, Step step) throws SQLException {
        Set<String> tables = new LinkedHashSet<>();
        step.dataChecks().forEach(check -> tables.add(check.guardTable()));
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("lock table " + table + " in share mode");
            }
        }
        for (DataCheck check : step.dataChecks()) {
            long rows = count(connection, check.guardSql());
            if (rows > 0) {
                return check.problem(rows).english();
            }
        }
        return null;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new SQLException("A data check failed: " + e.getMessage() + " (" + sql + ")", e.getSQLState(), e);
        }
    }
}
