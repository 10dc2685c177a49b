package org.daftar.model.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.model.expression.ExpressionException;
import org.daftar.model.expression.Expressions;

/** Finds computed fields of one entity that depend on themselves, directly or through others. */
final class ComputedCycles {

    private final Problems problems;

    ComputedCycles(Problems problems) {
        this.problems = problems;
    }

    void check(EntityDef entity) {
        Map<String, Set<String>> dependsOn = new HashMap<>();
        for (FieldDef field : entity.fields()) {
            if (field.is(FieldType.COMPUTED) && field.settings().expression() != null) {
                try {
                    dependsOn.put(field.name(), Expressions.parse(field.settings().expression().text()).roots());
                } catch (ExpressionException e) {
                    // reported by the expression check
                }
            }
        }
        Set<String> reported = new java.util.HashSet<>();
        for (FieldDef field : entity.fields()) {
            List<String> cycle = cycleFrom(field.name(), dependsOn);
            if (!cycle.isEmpty() && reported.add(field.name())) {
                reported.addAll(cycle);
                problems.add(field.at(), EntityLinks.path(field, "expression"), "The computed field '" + field.name()
                        + "' depends on itself: " + String.join(" → ", cycle) + ". Break the cycle by computing one of them "
                        + "from stored fields only.");
            }
        }
    }

    /** The cycle that leads back to {@code start}, as a list of names ending in {@code start}; empty if none. */
    private static List<String> cycleFrom(String start, Map<String, Set<String>> dependsOn) {
        List<String> path = new ArrayList<>();
        path.add(start);
        return walk(start, start, dependsOn, path, new LinkedHashSet<>()) ? path : List.of();
    }

    private static boolean walk(String start, String current, Map<String, Set<String>> dependsOn, List<String> path, Set<String> visited) {
        for (String next : dependsOn.getOrDefault(current, Set.of())) {
            if (next.equals(start)) {
                path.add(next);
                return true;
            }
            if (dependsOn.containsKey(next) && visited.add(next)) {
                path.add(next);
                if (walk(start, next, dependsOn, path, visited)) {
                    return true;
                }
                path.removeLast();
            }
        }
        return false;
    }
}
