package org.daftar.model.report;

import java.util.List;
import org.daftar.model.FieldRef;
import org.daftar.model.SourceRef;

/** A filter of a report: a comparison on a field, or an and/or group of conditions. */
public sealed interface Condition {

    SourceRef at();

    /**
     * {@code field op value}; the value is {@code null} (unary operators), a literal, a list of
     * literals, a {@link ParamRef} or, for {@code in-period}, a {@link Period}.
     */
    record Compare(FieldRef field, Operator op, Object value, SourceRef at) implements Condition {}

    /** True when every condition is. */
    record AllOf(List<Condition> conditions, SourceRef at) implements Condition {
        public AllOf {
            conditions = List.copyOf(conditions);
        }
    }

    /** True when any condition is. */
    record AnyOf(List<Condition> conditions, SourceRef at) implements Condition {
        public AnyOf {
            conditions = List.copyOf(conditions);
        }
    }

    /** A value given when the report runs: {@code {param: id}}. */
    record ParamRef(String id) {}
}
