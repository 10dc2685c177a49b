package org.daftar.query.sql;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.config.CalciteConnectionConfig;
import org.apache.calcite.config.CalciteConnectionConfigImpl;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.tools.FrameworkConfig;
import org.apache.calcite.tools.Frameworks;
import org.apache.calcite.tools.Planner;
import org.apache.calcite.tools.RelConversionException;
import org.apache.calcite.tools.ValidationException;
import org.daftar.query.compile.Scans;
import org.daftar.query.compile.SqlWriter;
import org.daftar.query.schema.CalciteSchemas;
import org.daftar.query.schema.Catalog;
import org.daftar.query.schema.ReadableSchema;

/**
 * Compiles a manager's SQL text into one PostgreSQL statement, or refuses it with a
 * {@link SqlRefusal} that says why. Names are as in PostgreSQL: unquoted names are lower-cased,
 * "quoted" ones kept; tables are named {@code app.entity}.
 *
 * <pre>{@code
 * SqlCompiler.Compiled c = new SqlCompiler(catalog).compile(
 *         "select c.name, count(*) from shop.sales_order o join shop.customer c on c.id = o.customer "
 *                 + "group by c.name", readable);
 * c.sql();       // PostgreSQL SQL that hides deleted and row-filtered rows
 * c.columns();   // [name, EXPR$1]
 * }</pre>
 */
public final class SqlCompiler {

    /**
     * The PostgreSQL statement, its column names and, for each {@code ?} (values of row filters),
     * the index of its value.
     */
    public record Compiled(String sql, List<String> columns, List<Integer> parameterSlots) {}

    static final SqlParser.Config PARSER = SqlParser.config()
            .withQuoting(Quoting.DOUBLE_QUOTE)
            .withUnquotedCasing(Casing.TO_LOWER)
            .withQuotedCasing(Casing.UNCHANGED)
            .withCaseSensitive(true);

    private final Catalog catalog;

    public SqlCompiler(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Compiles {@code text}.
     *
     * @param readable what may be read, its row filters' values already split into slots
     *     ({@link org.daftar.query.compile.Shapes#split(ReadableSchema, java.time.LocalDate)})
     * @throws SqlRefusal when the text may not run, saying why
     */
    public Compiled compile(String text, ReadableSchema readable) {
        SqlRefusal write = Refusals.ofStatementKind(text);
        if (write != null) {
            throw write;
        }
        FrameworkConfig config = Frameworks.newConfigBuilder()
                .parserConfig(PARSER)
                .defaultSchema(CalciteSchemas.visible(catalog, readable))
                .operatorTable(SqlStdOperatorTable.instance())
                .build();
        Planner planner = Frameworks.getPlanner(config);
        try {
            SqlNode parsed = planner.parse(text);
            if (!parsed.getKind().belongsTo(SqlKind.QUERY) && parsed.getKind() != SqlKind.ORDER_BY) {
                throw new SqlRefusal("SQL mode only reads data: '" + parsed.getKind().sql + "' is not allowed. Write a "
                        + "SELECT.");
            }
            SqlNode validated = planner.validate(parsed);
            RelNode plan = planner.rel(validated).project();
            RelNode rewritten = plan.accept(new ScanRewriter(catalog, physicalReader(readable, plan),
                    Scans.of(catalog, readable)));
            org.apache.calcite.sql.util.SqlString sql = SqlWriter.write(rewritten);
            return new Compiled(sql.getSql(), plan.getRowType().getFieldNames(),
                    sql.getDynamicParameters() == null ? List.of() : sql.getDynamicParameters());
        } catch (SqlParseException e) {
            throw new SqlRefusal("The SQL could not be read: " + firstLine(e.getMessage()));
        } catch (ValidationException e) {
            Throwable cause = e.getCause() != null && e.getCause().getCause() != null ? e.getCause().getCause()
                    : e.getCause() != null ? e.getCause() : e;
            throw Refusals.ofValidation(String.valueOf(cause.getMessage()), readableTables(readable));
        } catch (RelConversionException e) {
            throw new SqlRefusal("The SQL could not be planned: " + e.getMessage());
        } finally {
            planner.close();
        }
    }

    private CalciteCatalogReader physicalReader(ReadableSchema readable, RelNode plan) {
        CalciteConnectionConfig connection = new CalciteConnectionConfigImpl(new java.util.Properties())
                .set(CalciteConnectionProperty.CASE_SENSITIVE, "true");
        return new CalciteCatalogReader(CalciteSchema.from(CalciteSchemas.physical(catalog, readable)), List.of(),
                plan.getCluster().getTypeFactory() instanceof JavaTypeFactoryImpl f ? f : new JavaTypeFactoryImpl(),
                connection);
    }

    private String readableTables(ReadableSchema readable) {
        return readable.entities().keySet().stream()
                .map(id -> catalog.entity(id).map(t -> t.table().schema() + "." + t.table().name()).orElse(id))
                .collect(Collectors.joining(", "));
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
