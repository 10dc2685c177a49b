package org.daftar.plugin.render;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Objects;

/**
 * Picks the renderer for a field: the one with the highest rank; on a tie, the one listed first;
 * when none applies, the "unknown field" renderer. List the built-in renderers first and the
 * plugins' after them: a plugin's renderer then replaces a built-in one only by ranking higher.
 *
 * <pre>{@code
 * RendererRegistry registry = new RendererRegistry(
 *         Stream.concat(builtIns.stream(), plugins.renderers().stream()).toList(),
 *         new UnknownFieldRenderer());
 * Component component = registry.render(new FieldContext(field, entity, locale, false));
 * }</pre>
 */
public final class RendererRegistry {

    private final List<FieldRenderer> renderers;
    private final FieldRenderer unknownField;

    /**
     * @param renderers the renderers, built-in ones first
     * @param unknownField shows a field no renderer applies to; its rank is never asked
     */
    public RendererRegistry(List<? extends FieldRenderer> renderers, FieldRenderer unknownField) {
        this.renderers = List.copyOf(renderers);
        this.unknownField = Objects.requireNonNull(unknownField, "unknownField");
    }

    /** The renderer that shows the field: the best ranked, or the unknown-field renderer. */
    public FieldRenderer rendererFor(FieldContext context) {
        FieldRenderer best = unknownField;
        int bestRank = RankedTester.NOT_APPLICABLE;
        for (FieldRenderer renderer : renderers) {
            int rank = renderer.rank(context);
            if (rank > bestRank) {
                best = renderer;
                bestRank = rank;
            }
        }
        return best;
    }

    /** A new component showing the field, from the renderer {@link #rendererFor} picks. */
    public Component render(FieldContext context) {
        return rendererFor(context).render(context);
    }

    public List<FieldRenderer> renderers() {
        return renderers;
    }

    public FieldRenderer unknownFieldRenderer() {
        return unknownField;
    }
}
