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
 * PostgreSQL says them. They exist only in plans the compiler builds from definitions; SQL mode's
 * operator table does not know them.
 */
final class PostgresFunctions {

    private PostgresFunctions() {}

    /** {@code add_days(date, n)}: {@code (date + CAST(n AS INTEGER))}, a date. */
    static final SqlFunction ADD_DAYS = new Written("ADD_DAYS", ReturnTypes.ARG0_NULLABLE) {
        @Override
        void write(SqlWriter w, SqlCall call) {
            w.print("(");
            call.operand(0).unparse(w, 0, 0);
            w.print(" + CAST(");
            call.operand(1).unparse(w, 0, 0);
            w.print(" AS INTEGER))");
        }
    };

    /** {@code add_months(date, n)}: {@code CAST(date + n * INTERVAL '1 month' AS DATE)}. */
    static final SqlFunction ADD_MONTHS = new Written("ADD_MONTHS", ReturnTypes.ARG0_NULLABLE) {
        @Override
        void write(SqlWriter w, SqlCall call) {
            w.print("CAST(");
            call.operand(0).unparse(w, 0, 0);
            w.print(" + (");
            call.operand(1).unparse(w, 0, 0);
            w.print(") * INTERVAL '1 month' AS DATE)");
        }
    };

    /** {@code days_between(from, to)}: {@code (CAST(to AS DATE) - CAST(from AS DATE))}, whole days. */
    static final SqlFunction DAYS_BETWEEN = new Written("DAYS_BETWEEN", ReturnTypes.INTEGER_NULLABLE) {
        @Override
        void write(SqlWriter w, SqlCall call) {
            w.print("(CAST(");
            call.operand(1).unparse(w, 0, 0);
            w.print(" AS DATE) - CAST(");
            call.operand(0).unparse(w, 0, 0);
            w.print(" AS DATE))");
        }
    };

    /** {@code has(choices, value)}: {@code (value = ANY(choices))}. */
    static final SqlFunction HAS = new Written("HAS", ReturnTypes.BOOLEAN_NULLABLE) {
        @Override
        void write(SqlWriter w, SqlCall call) {
            w.print("(");
            call.operand(1).unparse(w, 0, 0);
            w.print(" = ANY(");
            call.operand(0).unparse(w, 0, 0);
            w.print("))");
        }
    };

    /** {@code DATE_BUCKET('month', date)}: {@code CAST(DATE_TRUNC('month', date) AS DATE)}, the first day of the bucket. */
    static final SqlFunction DATE_BUCKET = new Written("DATE_BUCKET", ReturnTypes.ARG1_NULLABLE) {
        @Override
        void write(SqlWriter w, SqlCall call) {
            w.print("CAST(DATE_TRUNC(");
            call.operand(0).unparse(w, 0, 0);
            w.print(", ");
            call.operand(1).unparse(w, 0, 0);
            w.print(") AS DATE)");
        }
    };

    /** A two-argument function with its own PostgreSQL text. */
    private abstract static class Written extends SqlFunction {

        Written(String name, SqlReturnTypeInference returns) {
            super(name, SqlKind.OTHER_FUNCTION, returns, null, OperandTypes.ANY_ANY, SqlFunctionCategory.USER_DEFINED_FUNCTION);
        }

        abstract void write(SqlWriter writer, SqlCall call);

        @Override
        public void unparse(SqlWriter writer, SqlCall call, int leftPrec, int rightPrec) {
            write(writer, call);
        }
    }
}
