package org.daftar.plugin.render;

import com.vaadin.flow.component.Component;
import java.util.Objects;
import java.util.function.Function;

/**
 * Shows one field of a record in a form: ranks how well it fits a field, and builds the
 * component for it. The {@link RendererRegistry} picks the renderer with the highest rank.
 *
 * <p>The component of an editable field should implement {@link
 * com.vaadin.flow.component.HasValue} with the value as it is stored (for an {@code iban} field,
 * the IBAN without spaces), so that the form can bind it and validate it the same way as any
 * other; the renderer converts between what people type and what is stored. The renderer sets
 * the label, help text and read-only state from the {@link FieldContext}.
 *
 * <p>Example, the shortest way to write one:
 *
 * <pre>{@code
 * FieldRenderer colour = FieldRenderer.of(
 *         Testers.rankWith(RankedTester.TYPE_SPECIFIC, Testers.isType("colour")),
 *         context -> {
 *             TextField field = new TextField(context.label());
 *             field.setReadOnly(context.readOnly());
 *             field.setPattern("#[0-9a-fA-F]{6}");
 *             return field;
 *         });
 * }</pre>
 *
 * <p>or as a class, when rendering needs more than a few lines:
 *
 * <pre>{@code
 * public final class ColourRenderer implements FieldRenderer {
 *     public int rank(FieldContext context) {
 *         return context.type().equals("colour") ? RankedTester.TYPE_SPECIFIC : NOT_APPLICABLE;
 *     }
 *     public Component render(FieldContext context) {
 *         return new ColourPicker(context.label());
 *     }
 * }
 * }</pre>
 */
public interface FieldRenderer {

    /** The rank of a renderer that cannot show the field at all: {@code -1}. */
    int NOT_APPLICABLE = RankedTester.NOT_APPLICABLE;

    /** How well this renderer fits the field; see {@link RankedTester#rank}. */
    int rank(FieldContext context);

    /** A new component showing the field; called only when this renderer won. */
    Component render(FieldContext context);

    /** A renderer that ranks with {@code tester} and renders with {@code render}. */
    static FieldRenderer of(RankedTester tester, Function<FieldContext, ? extends Component> render) {
        Objects.requireNonNull(tester, "tester");
        Objects.requireNonNull(render, "render");
        return new FieldRenderer() {
            @Override
            public int rank(FieldContext context) {
                return tester.rank(context);
            }

            @Override
            public Component render(FieldContext context) {
                return render.apply(context);
            }
        };
    }
}
