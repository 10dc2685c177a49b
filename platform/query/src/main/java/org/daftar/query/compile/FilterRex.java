package org.daftar.query.compile;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.fun.SqlLibraryOperators;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.tools.RelBuilder;
import org.daftar.query.model.Filter;
import org.daftar.query.schema.QueryField;

/**
 * Turns a filter whose values are {@link Slot}s into a Calcite condition with dynamic parameters.
 * Comparisons are SQL's: an empty value matches no comparison (only is-empty). {@code contains}
 * and {@code starts-with} ignore case (ILIKE). Text is empty when null or ''.
 */
final class FilterRex {

    /** The column (or expression) a path stands for, and its field when there is one. */
    record Operand(RexNode rex, QueryField field) {}

    /** Finds the operand of a path; may instead answer the whole comparison (for lines). */
    interface Operands {
        Operand operand(String path, Filter.Compare compare);

        /** The whole condition, when the path needs more than a column (lines); else empty. */
        default java.util.Optional<RexNode> whole(Filter.Compare compare) {
            return java.util.Optional.empty();
        }
    }

    private final RelBuilder b;
    private final Operands operands;

    FilterRex(RelBuilder b, Operands operands) {
        this.b = b;
        this.operands = operands;
    }

    RexNode toRex(Filter filter) {
        return switch (filter) {
            case Filter.All all -> all.filters().isEmpty() ? b.literal(true) : b.and(map(all.filters()));
            case Filter.Any any -> any.filters().isEmpty() ? b.literal(false) : b.or(map(any.filters()));
            case Filter.Compare c -> compare(c);
            case Filter.Expr e -> new ExpressionRex(b, path -> e.binds(path) ? bound(e.names().get(path))
                    : operands.operand(path, null).rex()).toRex(e.condition());
        };
    }

    /** A bound name's parameter, typed by its value; an empty or unbound name is SQL's NULL. */
    private RexNode bound(Object name) {
        if (!(name instanceof BoundName bound) || bound.slot() == null) {
            return b.literal(null);
        }
        SqlTypeName type = bound.type() == Long.class || bound.type() == Integer.class ? SqlTypeName.BIGINT
                : bound.type() == java.math.BigDecimal.class ? SqlTypeName.DECIMAL
                : bound.type() == Boolean.class ? SqlTypeName.BOOLEAN
                : bound.type() == java.time.LocalDate.class ? SqlTypeName.DATE
                : SqlTypeName.VARCHAR;
        RelDataType sqlType = b.getTypeFactory().createTypeWithNullability(b.getTypeFactory().createSqlType(type), true);
        return b.getRexBuilder().makeDynamicParam(sqlType, bound.slot().index());
    }

    private List<RexNode> map(List<Filter> filters) {
        return filters.stream().map(this::toRex).toList();
    }

    RexNode compare(Filter.Compare c) {
        java.util.Optional<RexNode> whole = operands.whole(c);
        if (whole.isPresent()) {
            return whole.get();
        }
        Operand operand = operands.operand(c.field(), c);
        RexNode x = operand.rex();
        return switch (c.op()) {
            case EQ -> b.equals(x, param(x, c.value()));
            case NE -> b.notEquals(x, param(x, c.value()));
            case LT -> b.lessThan(x, param(x, c.value()));
            case LE -> b.lessThanOrEqual(x, param(x, c.value()));
            case GT -> b.greaterThan(x, param(x, c.value()));
            case GE -> b.greaterThanOrEqual(x, param(x, c.value()));
            case IN -> b.or(params(x, c.value()).stream().map(p -> b.equals(x, p)).toList());
            case NOT_IN -> b.and(params(x, c.value()).stream().map(p -> b.notEquals(x, p)).toList());
            case BETWEEN -> b.and(b.greaterThanOrEqual(x, params(x, c.value()).get(0)),
                    b.lessThanOrEqual(x, params(x, c.value()).get(1)));
            case IN_PERIOD -> b.and(b.greaterThanOrEqual(x, params(x, c.value()).get(0)),
                    b.lessThan(x, params(x, c.value()).get(1)));
            case CONTAINS, STARTS_WITH -> b.call(SqlLibraryOperators.ILIKE, text(x), param(text(x), c.value()));
            case IS_EMPTY -> isText(operand) ? b.or(b.isNull(x), b.equals(x, b.literal(""))) : b.isNull(x);
            case IS_NOT_EMPTY -> isText(operand) ? b.and(b.isNotNull(x), b.notEquals(x, b.literal(""))) : b.isNotNull(x);
        };
    }

    private static boolean isText(Operand operand) {
        return operand.field() != null ? operand.field().isText()
                : SqlTypeFamily.CHARACTER.contains(operand.rex().getType());
    }

    private RexNode text(RexNode x) {
        return SqlTypeFamily.CHARACTER.contains(x.getType()) ? x
                : b.cast(x, SqlTypeName.VARCHAR);
    }

    private RexNode param(RexNode like, Object value) {
        RelDataType type = b.getTypeFactory().createTypeWithNullability(like.getType(), true);
        return b.getRexBuilder().makeDynamicParam(type, ((Slot) value).index());
    }

    private List<RexNode> params(RexNode like, Object value) {
        List<RexNode> params = new ArrayList<>();
        for (Object slot : (List<?>) value) {
            params.add(param(like, slot));
        }
        return params;
    }
}
