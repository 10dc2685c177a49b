package org.daftar.model.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daftar.model.ExpressionText;
import org.daftar.model.FieldRef;
import org.daftar.model.entity.EntityDef;
import org.daftar.model.expression.ExprType;
import org.daftar.model.expression.TypeScope;

/** What a report's filters and groups may name: field paths of the source, and computed columns. */
final class ReportScope {

    private final LinkContext context;
    private final EntityDef source;
    private final Map<String, ExprType> computed = new LinkedHashMap<>();

    ReportScope(LinkContext context, EntityDef source) {
        this.context = context;
        this.source = source;
    }

    TypeScope typeScope() {
        return context.types().scope(source, List.of(), false);
    }

    void addComputed(String name, ExprType type, ExpressionText at) {
        if (source.field(name).isPresent()) {
            context.problems().add(at.at(), "$.computed." + name, "The computed column '" + name + "' has the name of a field of '"
                    + source.id() + "': give it another name.");
        }
        computed.put(name, type);
    }

    /** The type of a computed column or field path, or empty (then reported). */
    Optional<ExprType> typeOf(FieldRef ref, String who, String path) {
        if (ref == null) {
            return Optional.empty();
        }
        ExprType column = computed.get(ref.path());
        if (column != null) {
            return Optional.of(column);
        }
        return context.paths().resolve(source, ref, who, path).map(field -> {
            String[] steps = ref.path().split("\\.");
            EntityDef owner = source;
            for (int i = 0; i < steps.length - 1; i++) {
                owner = context.types().target(owner, owner.field(steps[i]).orElseThrow()).orElseThrow();
            }
            return context.types().typeOf(owner, field);
        });
    }
}
