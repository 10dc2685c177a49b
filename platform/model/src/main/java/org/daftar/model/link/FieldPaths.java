package org.daftar.model.link;

import java.util.Optional;
import org.daftar.model.FieldRef;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.entity.FieldDef;
import org.daftar.model.entity.FieldType;
import org.daftar.model.expression.Suggestions;

/**
 * Resolves a field path ({@code customer.city}, {@code lines.quantity}) from an entity, step by
 * step along references and lines, reporting the first step that does not exist.
 */
final class FieldPaths {

    private final TypeResolver types;
    private final Problems problems;

    FieldPaths(TypeResolver types, Problems problems) {
        this.types = types;
        this.problems = problems;
    }

    /** The field at the end of the path, or empty (then reported, naming {@code who}). */
    Optional<FieldDef> resolve(EntityDef entity, FieldRef ref, String who, String path) {
        String[] steps = ref.path().split("\\.");
        EntityDef current = entity;
        FieldDef field = null;
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            Optional<FieldDef> found = current.field(step);
            if (found.isEmpty()) {
                problems.add(ref.at(), path, who + " names '" + ref.path() + "', but '" + current.id() + "' has no field '"
                        + step + "'." + Suggestions.didYouMean(step, EntityLinks.fieldNames(current)));
                return Optional.empty();
            }
            field = found.get();
            if (i < steps.length - 1) {
                if (!field.is(FieldType.REFERENCE) && !field.is(FieldType.LINES)) {
                    problems.add(ref.at(), path, who + " names '" + ref.path() + "', but '" + step + "' is a "
                            + field.type() + " field: only references and lines lead on to other fields.");
                    return Optional.empty();
                }
                Optional<EntityDef> next = types.target(current, field);
                if (next.isEmpty()) {
                    return Optional.empty(); // the unknown entity is reported on the field itself
                }
                current = next.get();
            }
        }
        return Optional.ofNullable(field);
    }

    /** True when the path goes through a lines field (one row per line, not per record). */
    static boolean crossesLines(EntityDef entity, FieldRef ref, TypeResolver types) {
        String[] steps = ref.path().split("\\.");
        EntityDef current = entity;
        for (int i = 0; i < steps.length - 1 && current != null; i++) {
            FieldDef field = current.field(steps[i]).orElse(null);
            if (field == null) {
                return false;
            }
            if (field.is(FieldType.LINES)) {
                return true;
            }
            current = types.target(current, field).orElse(null);
        }
        return false;
    }
}
