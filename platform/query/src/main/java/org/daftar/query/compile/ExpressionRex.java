package org.daftar.query.compile;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.apache.calcite.avatica.util.TimeUnitRange;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.fun.SqlTrimFunction;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.SqlCollation;
import org.apache.calcite.tools.RelBuilder;
import org.apache.calcite.util.NlsString;
import org.apache.calcite.util.DateString;
import org.daftar.model.expression.Binary;
import org.daftar.model.expression.BuiltinFunction;
import org.daftar.model.expression.Call;
import org.daftar.model.expression.Expression;
import org.daftar.model.expression.InList;
import org.daftar.model.expression.IsEmpty;
import org.daftar.model.expression.Literal;
import org.daftar.model.expression.Member;
import org.daftar.model.expression.Name;
import org.daftar.model.expression.Negate;
import org.daftar.model.expression.Not;
import org.daftar.query.QueryException;

/**
 * Turns an expression of the definitions language into a Calcite row expression, for computed
 * columns and conditions. Only an allowlist of functions is translated: arithmetic, text (upper,
 * lower, trim, length, contains, starts_with), dates (today, now, year, month, day, date,
 * days_between, add_days, add_months), choices (has) and conditionals (if, coalesce, min, max,
 * round, abs). Division by zero gives an empty value.
 */
final class ExpressionRex {

    private final RelBuilder b;
    private final Function<String, RexNode> paths;

    ExpressionRex(RelBuilder b, Function<String, RexNode> paths) {
        this.b = b;
        this.paths = paths;
    }

    /** The field paths an expression reads: {@code customer.name}, {@code quantity}. */
    static void pathsOf(Expression e, List<String> into) {
        switch (e) {
            case Name n -> into.add(n.name());
            case Member m -> into.add(ExpressionRex.path(m));
            case Negate n -> pathsOf(n.operand(), into);
            case Not n -> pathsOf(n.operand(), into);
            case Binary bin -> {
                pathsOf(bin.left(), into);
                pathsOf(bin.right(), into);
            }
            case InList in -> {
                pathsOf(in.operand(), into);
                in.values().forEach(v -> pathsOf(v, into));
            }
            case IsEmpty is -> pathsOf(is.operand(), into);
            case Call call -> call.arguments().forEach(a -> pathsOf(a, into));
            case Literal l -> { }
        }
    }

    RexNode toRex(Expression e) {
        return switch (e) {
            case Literal l -> literal(l.value());
            case Name n -> paths.apply(n.name());
            case Member m -> paths.apply(path(m));
            case Negate n -> b.call(SqlStdOperatorTable.UNARY_MINUS, toRex(n.operand()));
            case Not n -> b.not(toRex(n.operand()));
            case Binary bin -> binary(bin);
            case InList in -> {
                RexNode x = toRex(in.operand());
                RexNode any = b.or(in.values().stream().map(v -> b.equals(x, toRex(v))).toList());
                yield in.negated() ? b.not(any) : any;
            }
            case IsEmpty is -> {
                RexNode x = toRex(is.operand());
                RexNode empty = x.getType().getSqlTypeName().getFamily() == SqlTypeName.VARCHAR.getFamily()
                        ? b.or(b.isNull(x), b.equals(x, b.literal(""))) : b.isNull(x);
                yield is.negated() ? b.not(empty) : empty;
            }
            case Call call -> call(call);
        };
    }

    private static String path(Member m) {
        return switch (m.owner()) {
            case Name n -> n.name() + "." + m.name();
            case Member owner -> path(owner) + "." + m.name();
            default -> throw new QueryException("'" + m + "' is not a field path");
        };
    }

    private RexNode literal(Object value) {
        return switch (value) {
            case BigDecimal d -> b.getRexBuilder().makeExactLiteral(d);
            // Unicode, so that Arabic text is a literal too (Calcite's default character set is Latin-1).
            case String text -> b.getRexBuilder().makeCharLiteral(new NlsString(text, "UTF-16LE", SqlCollation.IMPLICIT));
            case null, default -> b.literal(value);
        };
    }

    private RexNode binary(Binary bin) {
        RexNode l = toRex(bin.left());
        RexNode r = toRex(bin.right());
        return switch (bin.operator()) {
            case OR -> b.or(l, r);
            case AND -> b.and(l, r);
            case EQUAL -> b.equals(l, r);
            case NOT_EQUAL -> b.notEquals(l, r);
            case LESS -> b.lessThan(l, r);
            case LESS_OR_EQUAL -> b.lessThanOrEqual(l, r);
            case GREATER -> b.greaterThan(l, r);
            case GREATER_OR_EQUAL -> b.greaterThanOrEqual(l, r);
            case ADD -> b.call(SqlStdOperatorTable.PLUS, l, r);
            case SUBTRACT -> b.call(SqlStdOperatorTable.MINUS, l, r);
            case MULTIPLY -> b.call(SqlStdOperatorTable.MULTIPLY, l, r);
            case DIVIDE -> b.call(SqlStdOperatorTable.DIVIDE, b.cast(l, SqlTypeName.DECIMAL, 38, 10),
                    b.call(SqlStdOperatorTable.NULLIF, r, b.literal(0)));
            case REMAINDER -> b.call(SqlStdOperatorTable.MOD, l, r);
            case JOIN -> b.call(SqlStdOperatorTable.CONCAT, text(l), text(r));
        };
    }

    private RexNode text(RexNode x) {
        org.apache.calcite.rel.type.RelDataType text = b.getTypeFactory().createTypeWithNullability(
                b.getTypeFactory().createSqlType(SqlTypeName.VARCHAR), true);
        return b.call(SqlStdOperatorTable.COALESCE, b.getRexBuilder().makeCast(text, x, true, false), b.literal(""));
    }

    private RexNode call(Call call) {
        List<RexNode> a = call.function() == BuiltinFunction.DATE ? List.of() : call.arguments().stream().map(this::toRex)
                .toList();
        return switch (call.function()) {
            case TODAY -> b.call(SqlStdOperatorTable.CURRENT_DATE);
            case NOW -> b.call(SqlStdOperatorTable.CURRENT_TIMESTAMP);
            case YEAR -> extract(TimeUnitRange.YEAR, a.get(0));
            case MONTH -> extract(TimeUnitRange.MONTH, a.get(0));
            case DAY -> extract(TimeUnitRange.DAY, a.get(0));
            case ROUND -> b.call(SqlStdOperatorTable.ROUND, a.get(0), a.get(1));
            case ABS -> b.call(SqlStdOperatorTable.ABS, a.get(0));
            case MIN -> b.call(SqlStdOperatorTable.CASE, b.lessThanOrEqual(a.get(0), a.get(1)), a.get(0), a.get(1));
            case MAX -> b.call(SqlStdOperatorTable.CASE, b.greaterThanOrEqual(a.get(0), a.get(1)), a.get(0), a.get(1));
            case UPPER -> b.call(SqlStdOperatorTable.UPPER, a.get(0));
            case LOWER -> b.call(SqlStdOperatorTable.LOWER, a.get(0));
            case TRIM -> b.call(SqlStdOperatorTable.TRIM, b.literal(SqlTrimFunction.Flag.BOTH), b.literal(" "), a.get(0));
            case LENGTH -> b.call(SqlStdOperatorTable.CHAR_LENGTH, a.get(0));
            case CONTAINS -> b.greaterThan(b.call(SqlStdOperatorTable.POSITION, a.get(1), a.get(0)), b.literal(0));
            case STARTS_WITH -> b.equals(b.call(SqlStdOperatorTable.POSITION, a.get(1), a.get(0)), b.literal(1));
            case IF -> b.call(SqlStdOperatorTable.CASE, a.get(0), a.get(1), a.get(2));
            case COALESCE -> b.call(SqlStdOperatorTable.COALESCE, a.get(0), a.get(1));
            case DATE -> date(call);
            case ADD_DAYS -> b.call(PostgresFunctions.ADD_DAYS, a.get(0), a.get(1));
            case ADD_MONTHS -> b.call(PostgresFunctions.ADD_MONTHS, a.get(0), a.get(1));
            case DAYS_BETWEEN -> b.call(PostgresFunctions.DAYS_BETWEEN, a.get(0), a.get(1));
            case HAS -> b.call(PostgresFunctions.HAS, a.get(0), a.get(1));
            default -> throw new QueryException("'" + call.function().functionName() + "' cannot be used in a query "
                    + "(it reads lines: report on the lines entity instead); the functions there are: today, now, year, "
                    + "month, day, date, days_between, add_days, add_months, has, round, abs, min, max, upper, lower, "
                    + "trim, length, contains, starts_with, if, coalesce");
        };
    }

    private RexNode extract(TimeUnitRange unit, RexNode x) {
        return b.call(SqlStdOperatorTable.EXTRACT, b.literal(unit), x);
    }

    private RexNode date(Call call) {
        if (call.argument(0) instanceof Literal l && l.value() instanceof String text) {
            return b.getRexBuilder().makeDateLiteral(new DateString(text));
        }
        throw new QueryException("date(...) takes a literal text 'YYYY-MM-DD', as in date('2026-01-31')");
    }
}
