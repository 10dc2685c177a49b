package org.daftar.query.compile;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.tools.RelBuilder;
import org.daftar.query.QueryException;
import org.daftar.query.model.Sort;

/**
 * The keyset condition "after the row whose sort key is (v1, ..., id)": rows that come later in
 * the order (k1, ..., id), empty values last when ascending and first when descending, as
 * PostgreSQL sorts them. A deep page then costs an index range scan, not an offset.
 */
final class Keysets {

    private Keysets() {}

    /**
     * @param keys the sort keys and, last, the id (ascending)
     * @param after the values of the last row, a {@link Slot} or {@code null} each
     */
    static RexNode after(RelBuilder b, List<RexNode> keys, List<Sort> sort, List<Object> after) {
        if (after.size() != keys.size()) {
            throw new QueryException("The page key has " + after.size() + " values, but the query needs "
                    + keys.size() + " (one per sort key, then the id): pass Result.lastKey() of the previous page");
        }
        List<RexNode> alternatives = new ArrayList<>();
        List<RexNode> equalSoFar = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            boolean descending = i < sort.size() && sort.get(i).descending();
            List<RexNode> alternative = new ArrayList<>(equalSoFar);
            alternative.add(later(b, keys.get(i), after.get(i), descending));
            alternatives.add(b.and(alternative));
            equalSoFar.add(after.get(i) == null ? b.isNull(keys.get(i)) : b.equals(keys.get(i), param(b, keys.get(i), after.get(i))));
        }
        return b.and(bound(b, keys.getFirst(), after.getFirst(), !sort.isEmpty() && sort.getFirst().descending()),
                b.or(alternatives));
    }

    /**
     * A condition on the first key alone, implied by the whole, that lets PostgreSQL start an index
     * scan at the last row instead of filtering from the first.
     */
    private static RexNode bound(RelBuilder b, RexNode key, Object value, boolean descending) {
        if (value == null) {
            return b.literal(true);
        }
        RexNode v = param(b, key, value);
        return descending ? b.lessThanOrEqual(key, v) : b.or(b.greaterThanOrEqual(key, v), b.isNull(key));
    }

    private static RexNode later(RelBuilder b, RexNode key, Object value, boolean descending) {
        if (value == null) {
            return descending ? b.isNotNull(key) : b.literal(false);
        }
        RexNode v = param(b, key, value);
        return descending ? b.lessThan(key, v) : b.or(b.greaterThan(key, v), b.isNull(key));
    }

    private static RexNode param(RelBuilder b, RexNode like, Object slot) {
        RelDataType type = b.getTypeFactory().createTypeWithNullability(like.getType(), true);
        return b.getRexBuilder().makeDynamicParam(type, ((Slot) slot).index());
    }
}
