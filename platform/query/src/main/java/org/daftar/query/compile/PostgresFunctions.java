package org.daftar.query.compile;

import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlReturnTypeInference;

/**
 * Functions of the definitions language that standard SQL has no operator for, written the way
 * PostgreSQL says them: each is a template where {@code $0} and {@code $1} stand for its two
 * arguments. They exist only in plans the compiler builds from definitions; SQL mode's operator
 * table does not know them.
 */
final class PostgresFunctions {

    private PostgresFunctions() {}

    /** {@code add_days(date, n)}: a date. */
    static final SqlFunction ADD_DAYS = new Template("ADD_DAYS", ReturnTypes.ARG0_NULLABLE, "($0 + CAST($1 AS INTEGER))");

    /** {@code add_months(date, n)}: a date. */
    static final SqlFunction ADD_MONTHS = new Template("ADD_MONTHS", ReturnTypes.ARG0_NULLABLE,
            "CAST($0 + ($1) * INTERVAL '1 month' AS DATE)");

    /** {@code days_between(from, to)}: whole days. */
    static final SqlFunction DAYS_BETWEEN = new Template("DAYS_BETWEEN", ReturnTypes.INTEGER_NULLABLE,
            "(CAST($1 AS DATE) - CAST($0 AS DATE))");

    /** {@code has(choices, value)}: true when the multiple choice holds the value. */
    static final SqlFunction HAS = new Template("HAS", ReturnTypes.BOOLEAN_NULLABLE, "($1 = ANY($0))");

    /** {@code DATE_BUCKET('month', date)}: the first day of the bucket, a date (date_trunc gives a timestamp). */
    static final SqlFunction DATE_BUCKET = new Template("DATE_BUCKET", ReturnTypes.ARG1_NULLABLE,
            "CAST(DATE_TRUNC($0, $1) AS DATE)");

    /** A two-argument function written by a template of PostgreSQL text. */
    private static final class Template extends SqlFunction {

        private final String text;

        Template(String name, SqlReturnTypeInference returns, String text) {
            super(name, SqlKind.OTHER_FUNCTION, returns, null, OperandTypes.ANY_ANY, SqlFunctionCategory.USER_DEFINED_FUNCTION);
            this.text = text;
        }

        @Override
        public void unparse(SqlWriter writer, SqlCall call, int leftPrec, int rightPrec) {
            int from = 0;
            for (int at = text.indexOf('$'); at >= 0; at = text.indexOf('$', from)) {
                writer.print(text.substring(from, at));
                call.operand(text.charAt(at + 1) - '0').unparse(writer, 0, 0);
                from = at + 2;
            }
            writer.print(text.substring(from));
        }
    }
}
