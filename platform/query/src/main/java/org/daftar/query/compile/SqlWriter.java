package org.daftar.query.compile;

import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.rel2sql.RelToSqlConverter;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.dialect.PostgresqlSqlDialect;
import org.apache.calcite.sql.util.SqlString;

/** Writes a plan as PostgreSQL SQL, with {@code ?} for dynamic parameters. */
public final class SqlWriter {

    private SqlWriter() {}

    public static SqlString write(RelNode plan) {
        SqlNode statement = new RelToSqlConverter(PostgresqlSqlDialect.DEFAULT).visitRoot(plan).asStatement();
        return statement.toSqlString(c -> c.withDialect(PostgresqlSqlDialect.DEFAULT).withAlwaysUseParentheses(false)
                .withIndentation(0).withClauseStartsLine(false).withClauseEndsLine(false).withSelectListItemsOnSeparateLines(false));
    }
}
