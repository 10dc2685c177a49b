package org.daftar.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.daftar.query.compile.Shapes;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.daftar.query.compile.ShapeCache;
import org.daftar.query.schema.Catalog;
import org.daftar.query.schema.ReadableSchema;
import org.daftar.query.sql.SqlCompiler;
import org.daftar.query.sql.SqlRefusal;

/**
 * Runs a manager's SQL safely: validated by Calcite against what the manager may read, compiled to
 * one PostgreSQL statement, run on a read-only transaction with a statement timeout.
 *
 * <pre>{@code
 * SqlMode sqlMode = new SqlMode(dataSource, catalog, Duration.ofSeconds(30));
 * Result r = sqlMode.run("select status, count(*) as n from shop.sales_order group by status", readable);
 * }</pre>
 *
 * @see SqlCompiler for what is refused
 */
public final class SqlMode {

    private final DataSource dataSource;
    private final SqlCompiler compiler;
    private final Duration timeout;
    private final Clock clock;
    private final ShapeCache<SqlCompiler.Compiled> cache = new ShapeCache<>(500);

    public SqlMode(DataSource dataSource, Catalog catalog, Duration timeout) {
        this(dataSource, catalog, timeout, Clock.systemDefaultZone());
    }

    /** With a clock for relative periods in row filters. */
    public SqlMode(DataSource dataSource, Catalog catalog, Duration timeout, Clock clock) {
        this.clock = clock;
        this.dataSource = dataSource;
        this.compiler = new SqlCompiler(catalog);
        this.timeout = timeout;
    }

    /** The PostgreSQL statement the text compiles to. */
    public String sql(String text, ReadableSchema readable) {
        Shapes.Split split = Shapes.split(readable, LocalDate.now(clock));
        return compiled(text, split.readable()).sql();
    }

    public Result run(String text, ReadableSchema readable) {
        Shapes.Split split = Shapes.split(readable, LocalDate.now(clock));
        SqlCompiler.Compiled compiled = compiled(text, split.readable());
        List<Object> values = compiled.parameterSlots().stream().map(split.values()::get).toList();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                try (Statement set = connection.createStatement()) {
                    set.execute("set local statement_timeout = " + timeout.toMillis());
                }
                return read(connection, compiled, values);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            if ("57014".equals(e.getSQLState())) {
                throw new SqlRefusal("The query ran longer than " + seconds() + " and was stopped: add filters or a limit, "
                        + "or group the rows.");
            }
            throw new QueryException("The query failed in the database: " + e.getMessage(), e);
        }
    }

    private SqlCompiler.Compiled compiled(String text, ReadableSchema readable) {
        return cache.get(List.of(text, readable), key -> compiler.compile(text, readable));
    }

    private static Result read(Connection connection, SqlCompiler.Compiled compiled, List<Object> values)
            throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement statement = Statements.prepare(connection, compiled.sql(), values);
                ResultSet results = statement.executeQuery()) {
            int columns = compiled.columns().size();
            while (results.next()) {
                List<Object> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(Statements.value(results, i));
                }
                rows.add(row);
            }
        }
        return new Result(compiled.columns(), rows, List.of());
    }

    private String seconds() {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() / 1000.0 + " s";
    }
}
