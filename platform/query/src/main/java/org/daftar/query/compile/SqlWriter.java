package org.daftar.query.compile;

import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.rel2sql.RelToSqlConverter;
import org.apache.calcite.sql.SqlDialect;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.dialect.PostgresqlSqlDialect;
import org.apache.calcite.sql.util.SqlString;

/** Writes a plan as PostgreSQL SQL, with {@code ?} for dynamic parameters. */
public final class SqlWriter {

    /**
     * PostgreSQL as Calcite writes it, except text literals: written plainly in the statement's
     * encoding ('تمر'), never with a character-set prefix, which PostgreSQL does not know.
     */
    static final SqlDialect POSTGRESQL = new PostgresqlSqlDialect(PostgresqlSqlDialect.DEFAULT_CONTEXT) {
        @Override
        public void quoteStringLiteral(StringBuilder buf, String charsetName, String val) {
            buf.append('\'').append(val.replace("'", "''")).append('\'');
        }
    };

    private SqlWriter() {}

    public static SqlString write(RelNode plan) {
        SqlNode statement = new RelToSqlConverter(POSTGRESQL).visitRoot(plan).asStatement();
        return statement.toSqlString(c -> c.withDialect(POSTGRESQL).withAlwaysUseParentheses(false)
                .withIndentation(0).withClauseStartsLine(false).withClauseEndsLine(false).withSelectListItemsOnSeparateLines(false));
    }
}
