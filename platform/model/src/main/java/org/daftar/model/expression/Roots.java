package org.daftar.model.expression;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the {@link Expression#roots() roots} of several expressions, in order. */
final class Roots {

    private Roots() {}

    static Set<String> of(Expression... expressions) {
        return of(List.of(expressions));
    }

    static Set<String> of(List<? extends Expression> expressions) {
        Set<String> roots = new LinkedHashSet<>();
        for (Expression expression : expressions) {
            roots.addAll(expression.roots());
        }
        return Collections.unmodifiableSet(roots);
    }
}
